package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * Whose a past condition named in the history is: the patient's, a relative's named before "she" or asked about, the
 * family's, or another person's ("Her dad, Kwame. He has chronic sinusitis", said by a girl's mother).
 */
final class ConditionOwner {

    private static final Pattern FAMILY_BEFORE = Pattern.compile("(?i)\\bin (?:my|the|our) family\\W+(?:\\w+\\W+)?"
            + "(?:there's|there is|there are|we have|we've got|they have|they've got)\\b");
    private static final Pattern FAMILY_ASKED = Pattern.compile("(?i)\\b(?:in (?:the|your) family|family history|"
            + "(?:mother|father|mum|mom|dad|brother|sister|grandmother|grandfather) (?:has|had)\\b)");
    static final Pattern IN_FAMILY = Pattern.compile("(?i)^\\s*(?:that )?(?:runs? |running )?in (?:the|my|our) "
            + "family\\b");

    private ConditionOwner() {
    }

    /** The owner of the condition at {@code m}, starting from who the sentence's words say it is ({@code said}). */
    static String of(Context c, Utterance u, Match m, String said) {
        String text = u.text();
        String whose = said;
        String askedAbout = AskedAbout.relative(c, u, m.start());
        // "my mum said I should ask because she's got diabetes": the relative named before "she"
        String before = whose.equals(Attribution.SOMEONE_ELSE)
                ? Attribution.lastRelative(text.substring(0, m.start())) : null;
        if (before != null) {
            whose = before;
        } else if (askedAbout != null && (whose.equals(Attribution.PATIENT)
                || whose.equals(Attribution.SOMEONE_ELSE))) {
            // "Anyone in the family had clots?" "Yes, my mum. She had a clot in her leg…": the mother's
            String named = askedAbout.equals("family") ? Antecedent.of(c, u) : askedAbout;
            whose = named.equals(Attribution.SOMEONE_ELSE) ? askedAbout : named;
        } else if (whose.equals(Attribution.SOMEONE_ELSE)) {
            whose = Antecedent.of(c, u);
        } else if (whose.equals(Attribution.PATIENT)
                && Attribution.namedOther(u, text.substring(0, m.start()), c::personName)) {
            whose = Antecedent.of(c, u); // the spouse's "It's his brother, you see. Cedric has Alzheimer's"
        } else if (whose.equals(Attribution.PATIENT) && !Attribution.saysWhom(text)) {
            // "My nephew had whooping cough. That awful whooping.": still the nephew's
            String named = Antecedent.of(c, u);
            whose = named.equals(Attribution.SOMEONE_ELSE) ? whose : named;
        }
        if (whose.equals(Attribution.PATIENT) && Attribution.otherSex(u, text.substring(0, m.start()), c.gender())) {
            whose = Antecedent.of(c, u); // her mother's "Her dad, Kwame. He has chronic sinusitis"
        }
        if (whose.equals(Attribution.PATIENT) && (IN_FAMILY.matcher(text.substring(m.end())).lookingAt()
                || FAMILY_BEFORE.matcher(text.substring(0, m.start())).find()
                || text.split("\\s+").length <= 3 && FAMILY_ASKED.matcher(clinicianBefore(c, u)).find())) {
            // "I have thyroid problems in the family", "in my family, there's hypothyroidism", "What else do you
            // have in the family?" "Hypothyroidism.": a relative's, not hers
            whose = "family";
        }
        return whose;
    }

    /** What the clinician said last before the utterance ("" when nothing). */
    private static String clinicianBefore(Context c, Utterance u) {
        for (int t = u.turn() - 1; t >= 1; t--) {
            List<Utterance> said = c.dialogue.ofTurn(t);
            if (!said.isEmpty() && said.get(0).clinician()) {
                return said.get(said.size() - 1).text();
            }
        }
        return "";
    }
}
