package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Quantities.Quantity;

/** What a sentence says about a symptom: how long, since when, how bad, where, what kind, what helps. */
final class Attributes {

    // "One two weeks ago, and one last Thursday": the "one" counts the episode, the span is the number after it
    private static final String SPAN = "(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "a few|a couple(?: of)?|several|few)\\s+"
            + "(?:(?!(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s)\\w+\\s+)?(?:days?|weeks?|months?|"
            + "years?|hours?|minutes?|nights?)";
    /** "It helps for a few hours", "lasts for an hour": how long relief lasts, not how long the symptom has been. */
    private static final Pattern DURATION = Pattern.compile("(?i)(?<!\\b(?:helps|helped|works|worked|lasts|lasted|"
            + "relief|down|away|off) )\\b(?:for|over|the (?:past|last)|it's been(?: there)?|it has been(?: there)?|"
            + "been going on (?:for )?|going on (?:for )?)\\s+"
            + "(?:about |around |roughly |almost |nearly |maybe |like |probably |at least |the (?:past|last) )?(" + SPAN
            + "|a while|a long time|ages)\\b");
    static final Pattern ONSET = Pattern.compile("(?i)\\b(?:(?:started|began|start|begun|happened|came on|"
            + "noticed it|noticed)\\s+(?:about |around |maybe |like |probably )?)?(" + SPAN + " ago|yesterday|"
            + "last (?:night|week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
            + "this (?:morning|week|past weekend|afternoon)|since (?:yesterday|last \\w+|monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday|the weekend|\\w+ day|\\w+ weekend|january|february|march|april|may|june|"
            + "july|august|september|october|november|december|then|christmas|thanksgiving|the fall|the summer|"
            + "the spring|the winter|lunch|lunchtime|midday|mid-day|noon|breakfast)|over the weekend)\\b");
    /** "five years ago", "last year", "in 2019", "when I was a kid": an episode long past. */
    static final Pattern YEARS_AGO = Pattern.compile("(?i)\\b(?:(?:\\d+|a|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|a few|several|many|a couple(?: of)?) years? ago|(?<!how many )years ago|last year|"
            + "in (?:19|20)\\d\\d|when (?:i|he|she) was (?:a kid|young|little|a child|a baby|a toddler|a teenager|\\d+|"
            + "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen)|as a (?:kid|child|baby|toddler|"
            + "teenager))\\b");
    private static final Pattern SEVERITY_WORD = Pattern.compile("(?i)\\b(mild|moderate|severe|excruciating|"
            + "unbearable|terrible|worst|a little|slight|slightly|mildly)\\b");
    private static final Pattern CHARACTER = Pattern.compile("(?i)\\b(dry|productive|wet|barking|hacking|sharp|dull|"
            + "aching|achy|burning|throbbing|"
            + "stabbing|shooting|cramping|crampy|pressure-like|pressure|tightness|squeezing|pounding|radiating|"
            + "electric|pins and needles|pulsing|tight band|band-like|vice-like|in a vice|itchy)\\b");
    private static final Pattern TIMING = Pattern.compile("(?i)\\b(at night|in the morning|every morning|every night|"
            + "after (?:eating|meals|i eat)|with exertion|on exertion|when i (?:walk|climb|exercise|run|lie down|"
            + "stand up|bend)|all the time|constant(?:ly)?|comes and goes|on and off|off and on|intermittent(?:ly)?|"
            + "every (?:day|other day)|once in a while|every once in a while|a few times a (?:day|week)|"
            + "(?:\\d+ (?:or|to) )?\\d+ times(?: (?:a|per) (?:day|week|night|month)| yesterday| today| last night)?|"
            + "(?:once|twice) (?:a|per) (?:day|week|night|month)|mid-?afternoons?|in the (?:afternoons?|evenings?)|"
            + "most days|\\d days (?:out of (?:7|seven)|a week))\\b");
    /** "right in the middle of my chest", "right here": "right" as "just", not a side. */
    /** "don't feel right" is how one feels, no side. */
    private static final Pattern LATERALITY = Pattern.compile("(?i)\\b(left|"
            + "(?<!\\b(?:feel|feels|felt|feeling|not|quite) )right(?! (?:in|on|at|there|here|now|away|"
            + "after|before|about|around|between|under|over|behind|next|by|through|up|down|across|along|into)\\b)|"
            + "both|bilateral|bilaterally)\\b(?![- ]?handed\\b|[- ]hand dominant\\b)");

    /** Where one clause ends and another (with its own subject) begins: attributes stay in their clause. */
    private static final Pattern CLAUSE = Pattern.compile("(?i);|\\.\\s|,?\\s+but\\s|,\\s+and then\\s|,?\\s+and "
            + "(?=(?:i|it|she|he|they|we|my|then|now|since|also|starting|from|the \\w+ (?:is|was|'s|gets))\\b)|"
            + ",\\s+so\\s|\\s+before\\s|\\s+until\\s|\\s+after that\\s|,?\\s+because\\s");

    private Attributes() {
    }

    /** The clause of the text that holds position {@code at}. */
    static String clause(String text, int at) {
        var m = CLAUSE.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() >= at) {
                return ownTime(text.substring(start, m.start()), at - start);
            }
            start = m.end();
        }
        return ownTime(text.substring(start), at - start);
    }

    private static final Pattern AND = Pattern.compile("(?i),?\\s+and\\s+");

    /** "diarrhea for three days and the vomiting since yesterday": each part keeps its own time. */
    private static String ownTime(String clause, int at) {
        Matcher and = AND.matcher(clause);
        while (and.find()) {
            String before = clause.substring(0, and.start());
            String after = clause.substring(and.end());
            if (timed(before) && timed(after)) {
                return at < and.start() ? before : ownTime(after, at - and.end());
            }
        }
        return clause;
    }

    private static boolean timed(String s) {
        return DURATION.matcher(s).find() || ONSET.matcher(s).find();
    }

    /** "…and the cough started the next day, so about six days now.": a span said with "now". */
    private static final Pattern DURATION_NOW = Pattern.compile("(?i)\\b(?:(?:so |that's |that is )(?:about |"
            + "around |roughly |almost |nearly |like )?|(?:about |around |roughly |almost |nearly ))(" + SPAN + ") "
            + "(?:now|so far|already)\\b");

    /** "sitting at my desk for a long time": how long an activity lasts, which brings the symptom on. */
    private static final Pattern ACTIVITY_BEFORE = Pattern.compile("(?i)\\b(?:sitting|standing|walking|driving|typing|"
            + "working|reading|running|kneeling|bending|holding|lifting|looking at|using)\\b[a-z' ]{0,30}$");

    /** "…about four months now and the last three weeks it's gotten a lot worse": how long it has been worse. */
    private static final Pattern GOT_WORSE = Pattern.compile("(?i)^,?\\s+(?:it's|it has|it|has|they've|they have)\\s+"
            + "(?:gotten|got|been getting|become|gone|been) (?:a lot |much |way |a bit |even )?(?:worse|bad|worse and "
            + "worse)\\b");

    static String duration(String said) {
        String s = Onsets.untaken(said);
        Matcher m = DURATION.matcher(s);
        String worse = null;
        while (m.find()) {
            if (!ACTIVITY_BEFORE.matcher(s.substring(0, m.start())).find()) {
                if (!GOT_WORSE.matcher(s.substring(m.end())).lookingAt()) {
                    return Onsets.tidy(m.group(1));
                }
                worse = worse == null ? m.group(1) : worse;
            }
        }
        Matcher now = DURATION_NOW.matcher(s);
        // the time it has been worse stands for the whole only when nothing else says how long
        return now.find() ? Onsets.tidy(now.group(1)) : worse == null ? null : Onsets.tidy(worse);
    }

    static String onset(String s) {
        return Onsets.of(s);
    }

    private static final Pattern PAST_RATING = Pattern.compile("(?i)(?:\\b(?:first (?:week|day|few days)|at first|"
            + "initially|at the start|last (?:year|month|time)|back then)\\b[^.;]*|\\b(?:was|were|had been)\\s+"
            // "That was far worse, eight out of ten": the rating of what was
            + "(?:(?:far |much |a lot |even )?(?:worse|better|bad),?\\s+)?"
            + "(?:a |an |about |like |maybe |probably |around |more of |more like )*)$");
    private static final Pattern WHEN_WORST = Pattern.compile("(?i)^\\s+(?:in|at|on|the|when|after|first|during|"
            + "around|by|before|right|early|late|first thing|overnight|yesterday|today)\\b");

    private static final Pattern WORST_FOR = Pattern.compile("(?i)\\b(?!(?:it|this|that|pain|one|ones|these|those|"
            + "they)\\b)[a-z]+ (?:are|is|were|was) (?:the |probably the |always the )?$");

    static String severity(String s) {
        for (Quantity q : Quantities.find(s)) {
            if (q.value().endsWith("/10")) {
                String before = s.substring(Math.max(0, q.start() - 40), q.start());
                if (PAST_RATING.matcher(before).find()) {
                    continue; // "that first week it was a nine out of ten … today it's about a four": not today's
                }
                return q.value();
            }
        }
        Matcher m = SEVERITY_WORD.matcher(s);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (w.equals("worst") && WHEN_WORST.matcher(s.substring(m.end())).find()) {
                continue; // "the swelling was worst the first day": when it peaked, not how bad it is
            }
            if (w.equals("worst") && WORST_FOR.matcher(s.substring(0, m.start())).find()) {
                continue; // "stairs are the worst": what makes it worse, not how bad it is
            }
            return w.equals("terrible") || w.equals("worst") || w.equals("unbearable") || w.equals("excruciating")
                    ? "severe" : w.startsWith("a little") || w.startsWith("slight") || w.equals("mildly") ? "mild" : w;
        }
        return null;
    }

    /**
     * A bare 0–10 rating ("about a 7", "7") answering "on a scale of 1 to 10"; the last of a self-correction ("maybe
     * five, well, six"); none where the number is the scale's anchor ("the kidney stone, let's say that was ten").
     */
    static String rating(String answer) {
        if (ANCHOR.matcher(answer).find()) {
            return null;
        }
        Matcher m = RATING.matcher(answer);
        String said = null;
        int end = -1;
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            if (v < 0 || v > 10
                    || said != null && !RATING_CORRECTED.matcher(answer.substring(end, m.start())).matches()) {
                break; // "31 years on the post": no rating; "7, and on bad days 9": the first
            }
            said = Quantities.clean(m.group(1)) + "/10";
            end = m.end();
        }
        return said;
    }

    private static final Pattern RATING = Pattern.compile("(?i)\\b(?:a |an |about |like |maybe |probably |around )*"
            + "(\\d{1,2}(?:\\.5)?)\\b");
    private static final Pattern RATING_CORRECTED = Pattern.compile("(?i)^\\s*,?\\s*(?:well|no|actually|i mean|sorry|"
            + "or|more like)(?:\\W+(?:well|no|actually|i mean|sorry|maybe|more like|probably|about|a))*\\W+$");
    private static final Pattern ANCHOR = Pattern.compile("(?i)\\b(?:let's say|say|call|count) (?:that|it) "
            + "(?:was |as )?(?:a |an |my )?(?:10|ten)\\b");

    private static final Pattern NOT_CHARACTER = Pattern.compile("(?is).*\\b(?:(?:not|isn't|wasn't|never|no)\\s+"
            + "(?:\\w+\\s+)?|(?:being|getting|gets|got|staying|keeping)\\s+)$");

    static String character(String s) {
        Matcher m = CHARACTER.matcher(s);
        // "it's not sharp, like a tight band": the word denied is not the character; "being wet all day": a state
        boolean found = false;
        while (!found && m.find()) {
            found = !NOT_CHARACTER.matcher(s.substring(0, m.start())).matches();
        }
        if (!found) {
            return null;
        }
        String c = m.group(1).toLowerCase(Locale.ROOT);
        if (c.equals("productive") && s.substring(0, m.start()).matches("(?is).*\\bnon[- ]?$")) {
            c = "dry"; // "it's non-productive cough": no phlegm, a dry cough
        }
        return c.equals("achy") ? "aching" : c.equals("crampy") ? "cramping" : c.equals("pressure-like")
                ? "pressure" : c.matches("tight band|vice-like|in a vice") ? "band-like" : c;
    }

    static String timing(String s) {
        String counted = EpisodeCounts.of(s);
        if (counted != null) {
            return counted;
        }
        Matcher m = TIMING.matcher(s);
        boolean found = false;
        // "a heating pad at night helps": when the relief is used, not when the symptom comes; "it's not there all
        // the time", "it doesn't wake her at night": the timing denied
        while (!found && m.find()) {
            found = !s.substring(m.end()).matches("(?is)^\\s+(?:helps?|helped|works|worked|relieves)\\b.*")
                    && !s.substring(0, m.start()).matches("(?is).*(?:\\bnot|n't|\\bnever)\\b(?:\\s+\\w+){0,2}\\s*$");
        }
        if (!found) {
            return null;
        }
        Matcher next = TIMING.matcher(s);
        if (m.group(1).equalsIgnoreCase("most days") && next.find(m.end())) {
            return next.group(1); // "most days, four or five times a week": the count says more
        }
        // "up coughing around two or three in the morning": the small hours are the night
        if (m.group(1).equalsIgnoreCase("in the morning") && s.substring(0, m.start()).matches("(?is).*\\b(?:[1-4]|"
                + "one|two|three|four)(?::\\d\\d)?\\s+(?:o'clock\\s+)?$")) {
            return "at night";
        }
        String t = m.group(1).toLowerCase(Locale.ROOT).replace("when i ", "when walking ").replace("on and off",
                "intermittent").replace("off and on", "intermittent").replace("comes and goes", "intermittent")
                .replace("every once in a while", "occasional").replace("once in a while", "occasional");
        // "when I stand up" → "with standing up", "when I lie down" → "with lying down": the verb takes the -ing
        return t.startsWith("when walking ") ? "with " + t.substring("when walking ".length()).replaceFirst("^(\\w+)",
                "$1ing").replace("runing", "running").replace("lieing", "lying").replace("standing up", "standing") : t;
    }

    /** A side taken back and said again: "… no, sorry, the right". */
    static final Pattern SIDE_FIXED = Pattern.compile("(?i)^[^?]{0,12}?\\b(?:no|sorry|i mean|wait|actually)\\b"
            + "[^?]{0,20}?\\b(left|right)\\b");

    /** "Wheeze? Or chest pain?" "A bit of both.": both things asked about, not both sides. */
    private static final Pattern BOTH_ASKED = Pattern.compile("(?i)\\b(?:bit|little|touch|mix|mixture|combination|"
            + "some|lot|all) of both\\b|\\bboth (?:really|things|of (?:those|these))\\b");

    /** Whether the "both" said at {@code at} answers "this or that?" rather than naming sides. */
    static boolean bothAsked(String s, int at) {
        Matcher m = BOTH_ASKED.matcher(s);
        while (m.find()) {
            if (at >= m.start() && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The side said nearest before the position (or just after it: "knee on the right"). */
    static String laterality(String s, int at) {
        Matcher m = LATERALITY.matcher(s);
        // a reply that points ("right here, low on the right side"): the side it names next is where
        boolean pointing = s.matches("(?is)^\\W*right (?:here|there)\\b.*");
        String best = null;
        int distance = Integer.MAX_VALUE;
        int end = 0;
        while (m.find()) {
            int d = m.start() < at ? at - m.end() : pointing ? m.start() - at : (m.start() - at) * 2;
            if (d < distance && d < 40 && !bothAsked(s, m.start())) {
                distance = d;
                best = m.group(1).toLowerCase(Locale.ROOT);
                end = m.end();
            }
        }
        if (best == null) {
            return null;
        }
        Matcher fixed = SIDE_FIXED.matcher(s.substring(end));
        if (fixed.find()) {
            best = fixed.group(1).toLowerCase(Locale.ROOT); // "the left wrist... no, sorry, the right"
        }
        return best.equals("both") || best.startsWith("bilateral") ? "bilateral" : best;
    }
}
