package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.Reason;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;

/**
 * The clinician stating the visit's agenda: "this is your three-month check on the diabetes and the blood
 * pressure", "today I want to talk about three things: blood pressure, the knee, and the sugar test", "your
 * primary doctor sent you because you passed out". Each item named as the visit's own problems and symptoms
 * name it, in lay words mapped to clinical ones.
 */
final class AgendaReader {

    private static final Pattern CHECK_ON = Pattern.compile("(?i)\\b(?:this is|you're here for|we're seeing you for|"
            + "today is|it's time for) (?:your|the|a|his|her) (?:(?:\\d+|one|two|three|four|six|twelve)[- ](?:month|week|year) )?(?:check|check-?up|"
            + "follow[- ]?up|visit|recheck|appointment) (?:on|for|of) (.+)$");
    private static final Pattern TALK_ABOUT = Pattern.compile("(?i)\\b(?:today|this visit)?,? ?(?:i want|i'd like|"
            + "we need|we're going|let's|we'll) (?:to )?(?:talk about|go over|cover|discuss|focus on) (?:(?:\\d+|a few|a "
            + "couple of) things:? )?(.+)$");
    private static final Pattern SENT = Pattern.compile("(?i)\\bsent (?:you|him|her)(?: in| over| here| to (?:me|us|"
            + "see me|cardiology|the clinic))?(?: today)? (?:because (?:of |(?:you|he|she)(?:'ve| have| has| had)? )([^,.;?]+)|"
            + "(?:for|about) "
            + "((?:a |an |your |his |her |the )?[^,.;?]+?)(?= (?:can|could|would|tell|how|what|when|so|and|that|which)\\b"
            + "|[,.;?]|$))");
    /** "So the booking says back pain.": the reason the visit was booked, as the clinician reads it out. */
    private static final Pattern BOOKED = Pattern.compile("(?i)\\b(?:the|your) (?:booking|appointment|triage note|"
            + "reception note|referral|note|notes)(?: here)? says(?: (?:you've got|you have|you're having|it's))? "
            + "(?:some |a |an |your )?([^,.;?]+)");
    /** "Your GP sent you about some chest symptoms": what the patient then tells names it better. */
    static final Pattern VAGUE = Pattern.compile("(?i)^(?:\\w+ )?(?:symptoms?|problems?|issues?|concerns?|things?|"
            + "stuff)\\.?$");
    private static final Pattern ORGAN = Pattern.compile("(?i)thyroid|heart|kidneys?|liver|prostate|lungs?|skin|"
            + "memory|bones?|joints?|eyes?|hearing|blood (?:count|tests?|work)|labs?");
    private static final String[][] LAY = {{"blood pressures?|bp|hypertension", "hypertens|blood pressure", "hypertension"},
        {"sugars?|blood sugars?|diabetes|a1c|glucose", "diabet", "diabetes"},
        {"cholesterol|lipids?", "lipid|cholesterol", "hyperlipidemia"}};

    private AgendaReader() {
    }

    /** The referral's reason when it is vague ("sent you about some chest symptoms"), or null. */
    static Reason vague(Context c) {
        for (Utterance u : c.utterances()) {
            Matcher sent = u.turn() <= 12 && u.clinician() && !u.question() ? SENT.matcher(u.text()) : null;
            String phrase = sent != null && sent.find() && sent.group(2) != null ? ReasonReader.phrase(c, sent.group(2))
                    : null;
            if (phrase != null && VAGUE.matcher(phrase).matches()) {
                return new Reason(phrase, Support.of(0.6, u.turn()));
            }
        }
        return null;
    }

    static Reason read(Context c, List<Symptom> symptoms, List<Problem> problems) {
        for (Utterance u : c.utterances()) {
            if (u.turn() > 12) { // an agenda is set at the start; later "let's talk about" is the plan
                break;
            }
            if (!u.clinician() || u.question()) {
                continue;
            }
            Matcher sent = SENT.matcher(u.text());
            if (sent.find() || (sent = BOOKED.matcher(u.text())).find()) {
                // "because you passed out" is lay speech, named clinically; "for a nonhealing foot ulcer" is kept
                List<Match> named = sent.group(1) == null ? List.of()
                        : c.vocabulary.find(sent.group(1), Term.Kind.SYMPTOM, Term.Kind.CONDITION);
                String phrase = named.isEmpty() ? ReasonReader.phrase(c, sent.group(1) != null ? sent.group(1)
                        : sent.group(2)) : ReasonReader.capital(named.get(0).term().canonical());
                if (phrase != null && ORGAN.matcher(phrase).matches()) {
                    phrase = phrase + " evaluation"; // "sent you over about your thyroid"
                }
                // "sent you over about your nose": a place, which the complaint told next names better
                if (phrase != null && !VAGUE.matcher(phrase).matches() && c.vocabulary.lookup(Term.Kind.SITE,
                        phrase.toLowerCase(java.util.Locale.ROOT)) == null) {
                    return new Reason(phrase, Support.of(0.85, u.turn()));
                }
            }
            Matcher check = CHECK_ON.matcher(u.text());
            Matcher talk = TALK_ABOUT.matcher(u.text());
            boolean followUp = check.find();
            String list = followUp ? check.group(1) : talk.find() ? talk.group(1) : null;
            List<String> items = list == null ? List.of() : items(c, list, symptoms, problems);
            if (!items.isEmpty()) {
                String joined = items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0,
                        items.size() - 1)) + " and " + items.get(items.size() - 1);
                return new Reason(followUp ? "Follow-up of " + joined : ReasonReader.capital(joined),
                        Support.of(0.85, u.turn()));
            }
        }
        return null;
    }

    /** "the diabetes, the blood pressure and the cholesterol" → the clinical names, in the order said. */
    private static List<String> items(Context c, String list, List<Symptom> symptoms, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (String said : list.replaceAll("[.?!]+$", "").split("\\s*(?:,\\s*(?:and\\s+)?|\\band\\b)\\s*")) {
            String item = said.strip().toLowerCase(Locale.ROOT).replaceAll("^(?:the|your|his|her|my|a|an)\\s+", "");
            String name = name(c, item, symptoms, problems);
            if (name == null) {
                return List.of(); // a list with something unknown in it is not an agenda we can name
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static String name(Context c, String item, List<Symptom> symptoms, List<Problem> problems) {
        for (String[] lay : LAY) {
            if (item.matches("(?:" + lay[0] + ")(?: (?:test|tests|levels?|numbers?|readings?|control|meds|"
                    + "medicines?))?")) {
                return problems.stream().filter(p -> p.patients() && p.name().toLowerCase(Locale.ROOT)
                        .matches("(?s).*(?:" + lay[1] + ").*")).map(p -> p.name().toLowerCase(Locale.ROOT))
                        .findFirst().orElse(lay[2]);
            }
        }
        List<Match> named = c.vocabulary.find(item, Term.Kind.SYMPTOM, Term.Kind.CONDITION);
        if (!named.isEmpty() && named.get(0).surface().length() * 2 >= item.length()) {
            return named.get(0).term().canonical().toLowerCase(Locale.ROOT);
        }
        Term site = c.vocabulary.lookup(Term.Kind.SITE, item);
        if (site != null) {
            // "the knee": the complaint the visit found there
            for (Symptom s : symptoms) {
                if (s.present() && s.name().toLowerCase(Locale.ROOT).contains(site.canonical())) {
                    return Complaints.symptomPhrase(s).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }
}
