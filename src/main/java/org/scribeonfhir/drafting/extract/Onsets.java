package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a complaint began, said in shapes the onset pattern does not take: as a story's opening, or as a day. */
final class Onsets {

    private static final Pattern OPENS = Pattern.compile("(?i)^\\W*(?:(?:so|well|um|uh|okay|ok|yeah|and|right|about|"
            + "around|maybe|like|roughly|probably|almost)\\W+)*");
    /** Another time on the way ("…and then this morning…"): the complaint began then, not at the opening. */
    private static final Pattern OTHER_TIME = Pattern.compile("(?i)\\b(?:now|today|tonight|this (?:morning|"
            + "afternoon|evening|week)|yesterday|since|ago|last|then|later|next|after that|following|before|until|"
            + "when i was)\\b");

    /** What began it: an activity under way or a mishap ("I was lifting…", "I twisted…"), not any episode told. */
    private static final Pattern HAPPENED = Pattern.compile("(?i)\\b(?:(?:i|he|she|we) (?:was|were) [a-z]+ing|felt|"
            + "twisted|slipped|fell|tripped|lifted|picked up|bent down|rolled|landed|pulled|strained|hurt|injured)\\b");

    /** "It started on Friday", "started Saturday night", "it started in the middle of the night on Friday". */
    private static final Pattern STARTED_ON_DAY = Pattern.compile("(?i)\\b(?:started|began|came on|kicked off)"
            + "(?: [a-z]+){0,6}? (?:on )?(?:the )?((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "(?: (?:night|morning|afternoon|evening))?(?: last week)?)\\b");

    private Onsets() {
    }

    /**
     * "So about ten days ago I was lifting a bag of cement and I felt something go in my lower back": the time that
     * opens the story is when the complaint it ends with began, though a clause lies between them; null when
     * nothing on the way tells what began it or another time is said between.
     */
    static String story(String sentence, int at) {
        Matcher open = OPENS.matcher(sentence);
        int from = open.lookingAt() ? open.end() : 0;
        Matcher onset = Attributes.ONSET.matcher(sentence).region(from, sentence.length());
        if (!onset.lookingAt() || onset.end() > at || at - onset.end() > 200
                || Attributes.YEARS_AGO.matcher(onset.group()).find()
                || OTHER_TIME.matcher(sentence.substring(onset.end(), at)).find()
                || !HAPPENED.matcher(sentence.substring(onset.end(), at)).find()) {
            return null;
        }
        return Attributes.onset(onset.group());
    }

    /** "started on Friday" as a note writes it ("on Friday"), or null. */
    static String day(String s) {
        Matcher m = STARTED_ON_DAY.matcher(s);
        if (!m.find()) {
            return null;
        }
        return onDay(m.group(1));
    }

    /** "saturday morning" as a note writes it: "on Saturday morning". */
    static String onDay(String day) {
        String d = day.toLowerCase(java.util.Locale.ROOT);
        return "on " + Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }
}
