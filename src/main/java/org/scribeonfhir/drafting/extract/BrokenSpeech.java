package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

/** "When the patient, the patient needs to use…": speech too broken to stand as a sentence of the note. */
final class BrokenSpeech {

    private static final Pattern SAID_TWICE = Pattern.compile("(?i)\\b((?:the patient|she|he|her|his|they)(?:'s)?)\\W+"
            + "\\1\\b");
    /** "they are they said…", "…to the shop, she said": a restart, or a recap told back with its speech tag. */
    private static final Pattern SAID_AGAIN = Pattern.compile("(?i)\\b(they|she|he|the patient)\\s+(?:are|is|were|was|"
            + "have|has)\\W+\\1\\b|,\\s*(?:she|he|they) said\\W*$");
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(?:yeah|ohh?|erm|you know|i mean|sort of|kind of|"
            + "basically|innit)\\b");
    private static final Pattern RESTARTS = Pattern.compile("(?i)\\bit's\\b");
    /** A filler still in the sentence once hedges are gone: "…this inhaler, yeah." */
    private static final Pattern LEFT_IN = Pattern.compile("(?i)\\b(?:yeah|ohh?|erm|innit)\\b");

    /**
     * "I don't really feel like, getting up in the morning's really difficult": the sentence starts again after the
     * pause, and what the "don't" denies is unknown.
     */
    private static final Pattern DENIAL_RESTARTED = Pattern.compile("(?i)\\b(?:don't|do not|didn't|not)\\s+"
            + "(?:really\\s+)?(?:feel like|think|know),\\s+\\w+ing\\b");

    private BrokenSpeech() {
    }

    /** {@code said} as spoken, {@code s} as the note would put it. */
    static boolean garbled(String said, String s) {
        return SAID_TWICE.matcher(s).find() || SAID_AGAIN.matcher(s).find() || LEFT_IN.matcher(s).find()
                || DENIAL_RESTARTED.matcher(said).find()
                || FILLER.matcher(said).results().count() >= 2
                || RESTARTS.matcher(s).results().count() >= 3; // "it's the heartburn it's been… it's a burning…"
    }
}
