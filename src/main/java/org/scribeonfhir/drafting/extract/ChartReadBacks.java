package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

/** A clinician saying back a drug the patient takes, to put the record right: the drug is taken, no order. */
final class ChartReadBacks {

    private static final Pattern ON_LIST = Pattern.compile("(?i)\\s*(?:that's |that is |which is |'s |is |are )?"
            + "(?:still )?"
            + "on (?:your|the|his|her) (?:list|chart|record|med list|medication list)\\b");

    /** "Amlodipine 10 mg once a day, I'll update that.": the dose taken, read back to put right on the record. */
    private static final Pattern UPDATED = Pattern.compile("(?i)^[^.;?]{0,40}?,\\s*(?:i'll|i will|let me|we'll) "
            + "(?:update|change|correct|fix) (?:that|it|the (?:list|record|chart))\\b");

    /** "Atorvastatin forty at night, grand.": the dose the family put right, said back and settled. */
    private static final Pattern SETTLED = Pattern.compile("(?i)^,?\\s*\\d[^.;?]{0,30}?,\\s*(?:grand|right|good|great|"
            + "okay|ok|perfect|got it|lovely|noted)\\W*$");

    /** "I can see it on the record too: metformin 850 mg twice a day.": the chart's dose read out. */
    private static final Pattern ON_RECORD = Pattern.compile("(?i)\\b(?:see|have|says?|shows?)\\b[^.;?]{0,20}\\b"
            + "(?:on|in) (?:the|her|his|your) (?:record|chart|list|system|notes)(?: too| as well)?\\W*:?\\s*$");

    /** "Metformin 1000 mg twice a day, no glimepiride.": the drug opens the sentence, its whole sig said back. */
    private static final Pattern READ_OUT = Pattern.compile("(?i)^(?![^.;?]*\\b(?:each|so that's|so it's|which is)\\b)"
            + ",?\\s*\\d[^.;?]{0,20}?\\b(?:mg|milligrams?|mcg|"
            + "micrograms?|units?)\\b[^.;?]{0,30}?\\b(?:a day|daily|at night|nightly|in the morning|at bedtime|"
            + "weekly)\\b");

    /** "and the fluticasone on your list": the chart's drug read back. */
    static boolean of(String before, String after) {
        return ON_LIST.matcher(after).lookingAt() || UPDATED.matcher(after).lookingAt()
                || SETTLED.matcher(after).lookingAt() || ON_RECORD.matcher(before).find()
                || before.isBlank() && READ_OUT.matcher(after).lookingAt();
    }

    private ChartReadBacks() {
    }
}
