package org.scribeonfhir.drafting.speech;

/**
 * One sentence of one turn, normalised ({@link Speech}).
 *
 * @param turn     the turn's number (from 1), what evidence cites
 * @param index    the sentence's place in its turn (from 0)
 * @param start    where it starts in the normalised turn text (entity offsets refer to that text)
 * @param question whether it asks (a trailing "…, okay?" does not make a question)
 */
public record Utterance(int turn, int index, Role role, String speaker, String text, int start, boolean question) {

    public int end() {
        return start + text.length();
    }

    public boolean clinician() {
        return role == Role.CLINICIAN;
    }

    /** Patient, companion or interpreter: someone who tells the patient's history. */
    public boolean historySide() {
        return role == Role.PATIENT || role == Role.COMPANION || role == Role.INTERPRETER;
    }

    private static final java.util.regex.Pattern EXAMPLES = java.util.regex.Pattern.compile("(?i)^\\W*(?:some "
            + "(?:people|women|men|patients|kids|children|parents) (?:notice|get|have|find|feel|say)|things like|"
            + "for example|such as)\\b");

    /** "Any other changes? Some women notice aching joints, … or brain fog.": examples of what was asked. */
    public boolean examples() {
        return EXAMPLES.matcher(text).find();
    }
}
