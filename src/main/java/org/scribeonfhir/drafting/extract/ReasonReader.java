package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.Reason;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;

/**
 * Why the patient came, as a short clinical noun phrase: the clinician's "presents for…", else the answer to
 * "what brings you in?", else the first complaint of the patient's own, else the first problem of the plan.
 * The encounter's billing reason is the last resort, never preferred over what the visit says.
 */
final class ReasonReader {

    private static final Pattern PRESENTS = Pattern.compile("(?i)\\b(?:presents?|presenting|is here|here|comes? in|"
            + "coming in|came in|is seen|being seen|brought in|is in)(?: today| to(?:day)? the clinic| back| again)?"
            + "(?: and)? (?:with|for|to (?:discuss|follow up on|talk about|get|have))(?: complaints? of| an?| his| "
            + "her| some| the| their)? "
            // "well that's what i'm here for so what's going on": the question, not a reason
            + "(?!(?:so|what|what's|how|how's|well|okay|that|that's)\\b)"
            + "([^,.;?]+?)(?:\\.|,|;|\\?| and (?:she|he|i|we)\\b| today| so (?:how|what|tell|"
            + "let)\\b| (?:how|what) (?:are|is|do|does|have)\\b|$)");
    private static final Pattern AFTER_SURGERY = Pattern.compile("(?i)\\b(?:status post|s/p|post|following)\\s+"
            + "((?:(?:bilateral|left|right|total|partial|laparoscopic|robotic)\\s+)*(?:[a-z]+\\s+)?[a-z]+"
            + "(?:plasty|ectomy|otomy|ostomy|pexy|repair|replacement|reconstruction|fusion|release|surgery))\\b");
    private static final Pattern QUESTION_AFTER = Pattern.compile("(?i)\\s*(?:so )?(?:how|what) (?:are|is|do|does|"
            + "have)\\b");
    private static final Pattern ASKS = Pattern.compile("(?i)\\b(?:what brings you|what brought you|what's going on|"
            + "what is going on|what can i do for you|how can i help|what seems to be|tell me what's|what's been "
            + "going on|what happened|how are you(?: doing| feeling)?|how(?:'ve| have) you been|what's been happening|"
            + "what's happening|"
            + "what's up|what are we seeing you for|what are you here for|what's the problem|what's bothering you|"
            + "what brings|tell me (?:about|more)|what's been bothering|where is it|where does it hurt|"
            + "where(?:'s| is) the pain|where are you hurting)\\b");
    /** "My wife made me come about the dizzy spells": the patient's own words for why they came. */
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:i think|maybe|probably|might|could be|"
            + "worried|wonder|called it|years ago|convinced|thought|afraid|scared|feared|online)\\b");
    static final Pattern CAME_ABOUT = Pattern.compile("(?i)\\b(?:made me come(?: in)?|i(?:'ve| have)? come"
            + "(?: in)?|i came(?: in)?|i'm here|i am here|(?:we|i)(?:'re| are) here)(?: today)? (?:about|for|because of)"
            + " (?:the |my |these |this |a |an |some |his |her )?([^,.;?]+?)(?:\\.|,|;|\\?| and (?:she|he|i|we)\\b|"
            + " today|$)");
    /** "So today is your kidney review.", "So this is your medication review after discharge from …": the visit's. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\b(?:today is|this is|today's) (?:your|his|her) "
            + "((?:[a-z]+ ){0,2}?(?:review|check-?up|follow-?up))\\b(?! (?:for|of|on)\\b)(?: (?:after|following) "
            + "(?:your |his |her |the )?"
            + "(discharge|(?:heart attack|operation|surgery|stroke)))?");
    /** "So you were discharged on the fourteenth after the pain crisis.": the visit follows that admission. */
    private static final Pattern DISCHARGED = Pattern.compile("(?i)\\b(?:you were|you've been|you got|he was|she was) "
            + "discharged\\b[^.;]*?\\b(?:after|following) (?:the|your|his|her) ([a-z' -]{3,40}?)(?=[.,;]|$)");
    private static final Pattern FOLLOW_UP = Pattern.compile("(?i)^(?:a |an |his |her )?(?:follow[- ]?up|"
            + "followup|recheck|check-?up)(?: visit| appointment)?(?: (?:of|for|on) (?:his |her |their |the )?(.+))?$");

    private ReasonReader() {
    }

    /** The reason; one that says how long ("cough for 6 days") also cites where the duration was said. */
    static Reason read(Context c, List<Symptom> symptoms, List<Problem> problems) {
        Reason r = said(c, symptoms, problems);
        if (r == null || r.support() == null) {
            return r;
        }
        r = Complaints.sided(r, symptoms);
        r = Complaints.painOfSite(c, r);
        String phrase = r.phrase().toLowerCase(Locale.ROOT);
        for (Symptom s : symptoms) {
            if (s.present() && s.duration() != null
                    && phrase.contains((s.name() + " for " + s.duration()).toLowerCase(Locale.ROOT))) {
                return new Reason(r.phrase(), r.support().and(s.support()).withConfidence(r.support().confidence()));
            }
        }
        return r;
    }

    private static Reason said(Context c, List<Symptom> symptoms, List<Problem> problems) {
        Reason vague = null; // "about some chest symptoms": only if nothing names it better
        for (Utterance u : c.utterances()) {
            if (u.turn() > 25) {
                break;
            }
            if (!u.clinician()) {
                continue;
            }
            Matcher m = PRESENTS.matcher(u.text());
            if (u.question() && !(m.find() && QUESTION_AFTER.matcher(u.text().substring(m.end(1))).lookingAt())) {
                continue; // "…coming in for evaluation of X so how are you doing today": said before the question
            }
            Matcher purpose = PURPOSE.matcher(u.text());
            if (!u.question() && u.turn() <= 10 && purpose.find()) {
                String what = purpose.group(1) + (purpose.group(2) == null ? "" : " after " + purpose.group(2));
                return new Reason(capital(what.toLowerCase(Locale.ROOT)), Support.of(0.9, u.turn()));
            }
            Matcher discharged = DISCHARGED.matcher(u.text());
            if (!u.question() && u.turn() <= 10 && discharged.find()) {
                String said = discharged.group(1).toLowerCase(Locale.ROOT);
                String condition = c.vocabulary.find(Term.Kind.CONDITION, said).stream().map(x -> x.term().canonical())
                        .findFirst().orElse(null);
                return new Reason("Follow-up after admission for " + (condition == null || condition.equals(said) ? said
                        : condition + " (" + said + ")"), Support.of(0.9, u.turn()));
            }
            m.reset();
            if (m.find()) {
                String phrase = phrase(c, m.group(1));
                if (phrase != null && !AgendaReader.VAGUE.matcher(phrase).matches()) {
                    return new Reason(phrase, Support.of(0.9, u.turn()));
                }
                vague = vague == null && phrase != null ? new Reason(phrase, Support.of(0.6, u.turn())) : vague;
            }
        }
        Reason visit = FollowUpVisit.read(c, symptoms);
        if (visit != null) {
            return visit;
        }
        for (Utterance u : c.utterances()) {
            Matcher m = u.turn() <= 15 && u.historySide() && !u.question() ? CAME_ABOUT.matcher(u.text()) : null;
            String phrase = m != null && m.find() ? phrase(c, m.group(1)) : null;
            if (phrase != null) {
                return new Reason(phrase, Support.of(0.8, u.turn()));
            }
        }
        Reason agenda = AgendaReader.read(c, symptoms, problems);
        if (agenda != null) {
            return agenda;
        }
        Reason followUp = followUp(c, problems);
        for (Utterance u : c.utterances()) {
            if (u.turn() > 30) {
                break;
            }
            // "it's been six weeks since I saw you … Tell me about the sleep.": on a return visit only "what brings
            // you in?" asks for a new reason; a question about one complaint does not
            if (asksWhyCame(u) && (followUp == null || OPEN_ASK.matcher(u.text()).find())) {
                Utterance a = u.question() ? c.dialogue.answerTo(u) : toldAfter(c, u);
                Reason r = a == null ? null : Complaints.fromAnswer(c, a, symptoms);
                r = r == null && a != null ? InjuryReason.of(c, u, a) : r;
                if (r != null) {
                    return new Reason(r.phrase(), Support.of(0.8, u.turn(), a.turn()));
                }
            }
        }
        if (followUp != null) {
            return followUp;
        }
        for (Utterance u : c.utterances()) {
            Matcher m = u.turn() <= 5 && u.clinician() ? AFTER_SURGERY.matcher(u.text()) : null;
            if (m != null && m.find()) { // "she's a 36-year-old female post bilateral reduction mammoplasty"
                return new Reason("Postoperative follow-up after " + m.group(1).toLowerCase(Locale.ROOT),
                        Support.of(0.7, u.turn()));
            }
        }
        for (Utterance u : c.utterances()) { // "Thanks for seeing us so fast. He got bit by the neighbor's dog."
            if (u.turn() > 3) {
                break;
            }
            List<Match> told = u.historySide() && !u.question()
                    ? c.vocabulary.find(Term.Kind.CONDITION, u.text()) : List.of();
            if (!told.isEmpty() && Negation.of(u.text(), told.get(0).start(), told.get(0).end()) == Presence.PRESENT
                    && !HEDGED.matcher(u.text()).find() // not "I think I've got a water infection"
                    && ConditionOwner.of(c, u, told.get(0), Attribution.of(u, told.get(0).start()))
                    .equals(Attribution.PATIENT)) {
                return new Reason(capital(told.get(0).term().canonical()), Support.of(0.7, u.turn()));
            }
        }
        for (Symptom s : symptoms) {
            if (s.present() && s.support().confidence() >= 0.8) {
                return new Reason(capital(Complaints.symptomPhrase(s)), s.support().withConfidence(0.6));
            }
        }
        for (Problem p : problems) {
            if (p.patients()) {
                return new Reason(capital(p.name()), p.support().withConfidence(0.6));
            }
        }
        Reason sent = AgendaReader.vague(c);
        if (sent != null || vague != null) {
            return sent != null ? sent : vague;
        }
        if (c.chart != null && c.chart.encounter() != null && c.chart.encounter().reason() != null) {
            return new Reason(capital(c.chart.encounter().reason().strip()),
                    Support.chart("Encounter/" + c.chart.encounter().id()));
        }
        return null;
    }

    /** The turn answering the clinician's opening question ("what brings you in?"): the presenting story; -1 if none. */
    static int presentingTurn(Context c) {
        for (Utterance u : c.utterances()) {
            if (u.turn() > 30) {
                break;
            }
            if (asksWhyCame(u)) {
                Utterance a = u.question() ? c.dialogue.answerTo(u) : toldAfter(c, u);
                if (a != null && a.historySide()) {
                    return a.turn();
                }
            }
        }
        return -1;
    }

    /** "What brings you in?" and the shapes it is asked in without a question mark. */
    private static boolean asksWhyCame(Utterance u) {
        // "good morning carolyn how are you", "hi virginia … what brings you in": questions without their mark
        boolean greets = u.turn() <= 3 && GREETS.matcher(u.text()).find();
        return u.clinician() && ASKS.matcher(u.text()).find() && (u.question() || greets
                || TELL.matcher(u.text()).find());
    }

    private static final Pattern GREETS = Pattern.compile("(?i)\\b(?:how are you(?: doing| feeling)?|what brings you "
            + "in|what's (?:been )?going on|what's been happening|how(?:'ve| have) you been)(?: today| with (?:her|him|"
            + "you))?\\W*$");

    /** "Okay, so tell me about Ludo.": asked as a statement. */
    private static final Pattern OPEN_ASK = Pattern.compile("(?i)\\b(?:what brings you|what brought you|what can i do "
            + "for you|how can i help|what are we seeing you for|what are you here for|what's the problem)\\b");
    private static final Pattern TELL = Pattern.compile("(?i)\\btell me (?:about|what|more)\\b");

    /** The reply to a request that ends its turn: the next turn's first sentence, from the other side. */
    private static Utterance toldAfter(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        List<Utterance> next = c.dialogue.ofTurn(u.turn() + 1);
        return turn.get(turn.size() - 1) != u || next.isEmpty() || !next.get(0).historySide() ? null : next.get(0);
    }

    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:it's been (?:\\d+|an?|a few|a couple of|"
            + "about \\d+) "
            + "(?:weeks?|months?)|since (?:your|our|the) last (?:visit|appointment)|follow(?:ing)?[- ]up|check(?:ing)? "
            + "(?:in|up) on|how (?:have you been|are things) (?:doing )?with|how's (?:your|the) (?:mood|blood pressure|"
            + "sugar|diabetes|breathing|asthma|heart|thyroid|cholesterol)|since (?:last time|we last (?:met|spoke)|"
            + "i (?:last )?saw you(?: last)?)|(?:we|you) (?:talked|spoke) about(?: last time| before)?(?=\\W*$))\\b");

    /** A follow-up visit ("it's been three months, how's your mood?") of the plan's first chronic condition. */
    private static Reason followUp(Context c, List<Problem> problems) {
        Problem chronic = problems.stream().filter(p -> c.vocabulary.lookup(Term.Kind.CONDITION, p.name()) != null)
                .findFirst().orElse(null);
        List<Utterance> all = c.utterances();
        for (int i = 0; i < all.size() && (i < all.size() * 0.3 || all.get(i).turn() <= 6); i++) {
            Utterance u = all.get(i); // the opening: its first 30 %, and at least its first 6 turns
            if (u.clinician() && SINCE.matcher(u.text()).find()) {
                return chronic == null ? TreatedFollowUp.of(c, u) : new Reason("Follow-up of "
                        + chronic.name().toLowerCase(Locale.ROOT), Support.of(0.7, u.turn()).and(chronic.support()));
            }
        }
        return null;
    }

    /** "follow-up of his chronic problems" → "Follow-up of chronic problems"; too long or empty → null. */
    static String phrase(Context c, String said) {
        // "here with vomiting and diarrhea temp ninety nine point nine heart rate…": the handover's vitals follow
        String s = VITALS_AFTER.matcher(Phrasing.tidy(said)).replaceFirst("")
                .replaceAll("(?i)^(?:a|an|some|his|her|their|the|my|your)\\s+", "")
                .replaceAll("(?i)\\b(?:his|her|their|your|my)\\s+", "")
                .replaceAll("(?i)\\s+(?:so|and|but|okay|now)$", "").strip();
        Matcher f = FOLLOW_UP.matcher(s);
        if (f.matches()) {
            String of = f.group(1);
            return of == null ? "Follow-up visit" : "Follow-up of " + of.strip();
        }
        if (s.split("\\s+").length > 8) {
            List<Match> named = c.vocabulary.find(s, Term.Kind.SYMPTOM, Term.Kind.CONDITION);
            if (named.isEmpty()) {
                return null;
            }
            // "for some right ankle pain after a fall so can you tell me…": the complaint, with its side
            Matcher side = SIDE_BEFORE.matcher(s.substring(0, named.get(0).start()));
            String canonical = named.get(0).term().canonical();
            String site = named.get(0).surface().split("\\s+")[0].toLowerCase(Locale.ROOT);
            // the side of the site the term names ("right ankle pain"), not of another ("right eye twitch")
            s = side.find() && !canonical.matches("(?i)^(?:left|right|bilateral)\\b.*")
                    && canonical.toLowerCase(Locale.ROOT).contains(site)
                    ? side.group(1).toLowerCase(Locale.ROOT) + " " + canonical : canonical;
        }
        if (s.isEmpty() || s.toLowerCase(Locale.ROOT).matches("(?:this|that|it|a visit|an appointment|a check)")) {
            return null;
        }
        return capital(s);
    }

    private static final Pattern SIDE_BEFORE = Pattern.compile("(?i)\\b(left|right|bilateral)\\s+$");
    private static final Pattern VITALS_AFTER = Pattern.compile("(?i)[,;]?\\s+(?:temp|temperature|heart rate|pulse|"
            + "blood pressure|bp|oxygen|sats|o2|weight)\\s+(?:is |are |of |was |were )?\\d.*$");

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
