package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a complaint began, said in shapes the onset pattern does not take (as a story's opening, or as a day), and
 * how a span is written.
 */
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

    /** A time said and taken back at once: "…started Wednesday, no, sorry, Tuesday evening". */
    private static final Pattern TAKEN_BACK = Pattern.compile("(?i)^\\W*(?:(?:no|nope|sorry|actually|i mean|wait|"
            + "or rather|rather|make that)\\b\\W*)+(?:it (?:was|started) |(?:it )?started )?");
    private static final Pattern DAY = Pattern.compile("(?i)^(?:on )?(?:the )?((?:monday|tuesday|wednesday|thursday|"
            + "friday|saturday|sunday)(?: (?:night|morning|afternoon|evening))?)\\b");

    /** When the complaint began, the time said after a correction replacing the one before it; or null. */
    static String of(String s) {
        Matcher m = Attributes.ONSET.matcher(s);
        if (m.find()) {
            String c = corrected(s, m.end());
            return c != null ? c : tidy(m.group(1));
        }
        Matcher d = STARTED_ON_DAY.matcher(s);
        if (!d.find()) {
            return null;
        }
        String c = corrected(s, d.end());
        return c != null ? c : onDay(d.group(1));
    }

    private static String corrected(String s, int end) {
        Matcher t = TAKEN_BACK.matcher(s).region(end, s.length());
        if (!t.lookingAt()) {
            return null;
        }
        Matcher o = Attributes.ONSET.matcher(s).region(t.end(), s.length());
        if (o.lookingAt()) {
            return tidy(o.group(1));
        }
        Matcher d = DAY.matcher(s).region(t.end(), s.length());
        return d.lookingAt() ? onDay(d.group(1)) : null;
    }

    /** "on sunday" as a note writes it: "on Sunday"; another time as said. */
    static String said(String when) {
        String w = when.toLowerCase(Locale.ROOT);
        return w.startsWith("on ") ? onDay(w.substring(3)) : w;
    }

    /** "saturday morning" as a note writes it: "on Saturday morning". */
    static String onDay(String day) {
        String d = day.toLowerCase(Locale.ROOT);
        return "on " + Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }

    static String tidy(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll("^an? (day|week|month|year)", "1 $1")
                .replaceAll("^(few|couple of) ", "a $1 ")
                .replaceAll("\\b(?:a|an|one) (day|week|month|year|hour|night)\\b", "1 $1").strip();
        // "since sunday" as a note writes it: "since Sunday"
        return NAMED_DAY.matcher(t).replaceAll(m -> Character.toUpperCase(m.group().charAt(0))
                + m.group().substring(1));
    }

    private static final Pattern NAMED_DAY = Pattern.compile("\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|"
            + "sunday|january|february|march|april|june|july|august|september|october|november|december|christmas|"
            + "thanksgiving)\\b");

    /** "3, no, more like 4 months": a number taken back at once and said again; the first goes. */
    private static final Pattern NUMBER_TAKEN_BACK = Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?,?\\s+(?:(?:no|sorry|"
            + "actually|i mean|wait|more like|make (?:it|that)|or rather)\\b[,\\s]*)+(?=\\d)");

    /** The text with each number taken back removed: "for 3, no, 4 months" reads "for 4 months". */
    static String untaken(String s) {
        return NUMBER_TAKEN_BACK.matcher(s).replaceAll("");
    }
}
