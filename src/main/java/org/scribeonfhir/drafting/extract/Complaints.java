package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Reason;
import org.scribeonfhir.drafting.visit.Symptom;

/** The complaints a reply to "what brings you in?" names, as the chief complaint writes them. */
final class Complaints {

    private static final Pattern SIDED = Pattern.compile("(?i)^(left|right) (.+)$");

    private Complaints() {
    }

    /** The complaints a reply names (a condition when it names no symptom), or null. */
    static Reason fromAnswer(Context c, Utterance a, List<Symptom> symptoms) {
        // "a cough for six days, and since last night a fever": the complaints the answer names, up to three; "it was
        // booked for his eczema. but last night he woke up with this cough": the reply's later sentences too
        List<String> complaints = new ArrayList<>();
        List<Utterance> reply = c.dialogue.ofTurn(a.turn());
        int first = Math.max(0, reply.indexOf(a));
        List<Utterance> told = new ArrayList<>(reply.subList(first, Math.min(reply.size(), first + 4)));
        complaints(c, told, symptoms, complaints);
        if (!complaints.isEmpty()) {
            // "[patient] I've been stressed at work." "[patient] And I've got dry itchy skin.": one reply, two turns
            complaints(c, c.dialogue.goesOn(a.turn()), symptoms, complaints);
        }
        if (complaints.size() > 1 && complaints.get(0).startsWith("stress")) {
            complaints.add(complaints.remove(0)); // the skin is the complaint; stress at work is its setting
        }
        if (!complaints.isEmpty()) {
            return new Reason(ReasonReader.capital(PlanWording.list(complaints)), null);
        }
        // "He's had a cold for four days, and he's been coughing and wheezing": the complaint, not its setting; "I'm
        // doing alright. I started seeing a new PCP … my blood pressure has been quite high": the later sentences too
        for (Utterance x : told) {
            for (Match m : c.vocabulary.find(Term.Kind.CONDITION, x.text())) {
                if (Attribution.of(x, m.start()).equals(Attribution.PATIENT)) {
                    return new Reason(ReasonReader.capital(m.term().canonical()), null);
                }
            }
        }
        return measured(c, told);
    }

    private static void complaints(Context c, List<Utterance> told, List<Symptom> symptoms, List<String> complaints) {
        for (Utterance x : told) {
            for (Match m : LooseSymptoms.find(c.vocabulary, x.text())) {
                if (complaints.size() < 3 && Attribution.of(x, m.start()).equals(Attribution.PATIENT)) {
                    complaint(m, symptoms, complaints);
                }
            }
        }
    }

    private static final Pattern MY_MEASURE = Pattern.compile("(?i)^\\W*(?:(?:well|so|um|uh|yeah)\\W+)*(?:it's|it is|"
            + "just|mainly|about)? ?(?:my|his|her) (blood pressure|bp|cholesterol|blood sugars?|sugars?)\\b");

    private static final Pattern MY_SITE = Pattern.compile("(?i)^\\W*(?:(?:well|so|um|uh|yeah|hi|yes)\\W+)*(?:it's|it is)"
            + " (?:my|his|her) ((?:left |right )?)([a-z]+)(?: ([a-z]+))?\\b");

    /**
     * "It's my blood pressure. The pharmacist said it was high.": the measure he came about, raised if so told;
     * "it's my right knee, i did something to it": that site's pain.
     */
    private static Reason measured(Context c, List<Utterance> told) {
        Matcher site = told.isEmpty() ? null : MY_SITE.matcher(told.get(0).text());
        if (site != null && site.lookingAt()) {
            String one = site.group(2).toLowerCase(Locale.ROOT);
            String two = site.group(3) == null ? null : one + " " + site.group(3).toLowerCase(Locale.ROOT);
            String named = two != null && c.vocabulary.lookup(Term.Kind.SITE, two) != null ? two
                    : c.vocabulary.lookup(Term.Kind.SITE, one) != null ? one : null;
            if (named != null) {
                return new Reason(ReasonReader.capital(sites(c, site.group(1).toLowerCase(Locale.ROOT), named,
                        told.get(0).text().substring(named.contains(" ") ? site.end(3) : site.end(2))) + " pain"),
                        null);
            }
        }
        Matcher m = told.isEmpty() ? null : MY_MEASURE.matcher(told.get(0).text());
        if (m == null || !m.lookingAt()) {
            return null;
        }
        String what = m.group(1).toLowerCase(Locale.ROOT).replaceAll("^bp$", "blood pressure")
                .replaceAll("^sugars?$", "blood sugar").replaceAll("sugars$", "sugar");
        boolean high = told.stream().anyMatch(u -> u.text().matches("(?is).*\\b(?:high|raised|up|elevated|too much)\\b.*"));
        return new Reason(high ? "Elevated " + what : ReasonReader.capital(what), null);
    }

    /** The symptom the mention names, with its character and (for the first) its duration, unless listed already. */
    /**
     * "So winded I couldn't finish a sentence": how bad another complaint is, never the complaint itself nor what a
     * later "when did it start?" asks about.
     */
    static boolean marker(String symptom) {
        return symptom.equals("difficulty completing sentences");
    }

    private static void complaint(Match m, List<Symptom> symptoms, List<String> complaints) {
        if (marker(m.term().canonical())) {
            return;
        }
        for (Symptom s : symptoms) {
            if (s.present() && (s.said().equalsIgnoreCase(m.surface()) || s.name().endsWith(m.term().canonical()))) {
                String kind = s.character() != null && s.character().matches("dry|productive|wet|barking|"
                        + "hacking|sharp|burning|throbbing") && !symptomPhrase(s).contains(s.character())
                        ? s.character() + " " : ""; // not "barking barking cough"
                String since = complaints.isEmpty() && s.duration() != null ? " for " + s.duration() : "";
                if (complaints.stream().noneMatch(x -> x.contains(symptomPhrase(s)))) {
                    complaints.add(kind + symptomPhrase(s) + since);
                }
                return;
            }
        }
    }

    static String symptomPhrase(Symptom s) {
        return s.sidedName();
    }

    /** "Some right knee pain" said by the clinician, "it's the left knee" by the patient: the patient's side. */
    static Reason sided(Reason r, List<Symptom> symptoms) {
        Matcher side = SIDED.matcher(r.phrase());
        if (!side.matches()) {
            return r;
        }
        for (Symptom s : symptoms) {
            if (s.present() && s.laterality() != null && s.name().equalsIgnoreCase(side.group(2))
                    && s.laterality().matches("left|right") && !s.laterality().equalsIgnoreCase(side.group(1))) {
                return new Reason(ReasonReader.capital(s.laterality() + " " + s.name()), r.support().and(s.support())
                        .withConfidence(r.support().confidence()));
            }
        }
        return r;
    }

    private static final Pattern AND_SITE = Pattern.compile("(?i)^\\s+and (?:my|his|her|the) ([a-z]+)\\b");

    /** "It's my shoulders and my hips": "bilateral shoulder and hip", each site once and said in the singular. */
    private static String sites(Context c, String side, String named, String rest) {
        String one = singular(c, named);
        Matcher and = AND_SITE.matcher(rest);
        String two = and.lookingAt() ? singular(c, and.group(1).toLowerCase(Locale.ROOT)) : null;
        two = two != null && c.vocabulary.lookup(Term.Kind.SITE, two) != null ? two : null;
        boolean both = side.isEmpty() && !one.equals(named);
        return (both ? "bilateral " : side) + one + (two == null ? "" : " and " + two);
    }

    private static String singular(Context c, String site) {
        String one = site.equals("feet") ? "foot" : site.replaceFirst("(?<=[a-z]{3})s$", "");
        return !one.equals(site) && c.vocabulary.lookup(Term.Kind.SITE, one) != null ? one : site;
    }

    private static final Pattern PAIN_TOLD = Pattern.compile("(?i)\\b(?:pain|painful|hurts?|hurting|sore|aches?|"
            + "aching|out of (?:10|ten))\\b");

    /**
     * "Your family doctor sent you about your right shoulder": a site alone is no complaint; the story that rates
     * or names its pain makes it "Right shoulder pain".
     */
    static Reason painOfSite(Context c, Reason r) {
        String phrase = r.phrase().toLowerCase(Locale.ROOT).replaceFirst("^(?:left|right|bilateral) ", "");
        List<Match> site = c.vocabulary.find(Term.Kind.SITE, phrase);
        if (site.size() != 1 || site.get(0).start() != 0 || site.get(0).end() != phrase.length()
                || c.utterances().stream().noneMatch(u -> u.historySide() && PAIN_TOLD.matcher(u.text()).find())) {
            return r;
        }
        return new Reason(r.phrase() + " pain", r.support());
    }

    /**
     * A general denial beside the same complaint said more precisely is no denial: "any swelling?" "no" beside "my
     * fingers swell" (the note says which swelling, not both); "on the flat I'm fine" beside "puffed going up the
     * hill" (breathless on exertion, not a denied breathlessness).
     */
    static void deniedOnlyInGeneral(List<Symptom> out) {
        out.removeIf(d -> !d.present() && out.stream().anyMatch(p -> p.present() && !p.name().equals(d.name())
                && (!d.name().contains(" ") && (" " + p.name() + " ").contains(" " + d.name() + " ")
                || d.name().equals("shortness of breath") && p.name().equals("dyspnea on exertion"))));
    }

    /**
     * "…sent you over about some chest discomfort, tell me about it" "this tightness in the middle of my chest": the
     * clinician's word and the patient's description are one complaint, told once with what the patient said.
     */
    static void oneChestComplaint(Context c, List<Symptom> out) {
        out.removeIf(s -> s.present() && s.name().equals("chest pain") && s.onset() == null && s.duration() == null
                && s.severity() == null && s.aggravating().isEmpty() && s.support().turns().stream().allMatch(t -> c.dialogue
                .ofTurn(t).stream().allMatch(Utterance::clinician)) && out.stream().anyMatch(o -> o.present()
                && o.name().equals("chest tightness")));
    }
}
