package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.visit.Presence;

/**
 * NegEx-style polarity of a concept in a sentence, and what a short answer says. Cues count only in the
 * concept's own clause ("no fever, but a cough": the cough is not negated) and within a few words before it,
 * plus a few that follow it ("chest pain? none").
 */
public final class Negation {

    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:no|not|denies|denied|deny|never|without|none|"
            + "nor|nobody|"
            + "don't|doesn't|didn't|haven't|hasn't|hadn't|isn't|wasn't|aren't|weren't|won't|can't|cannot|"
            + "negative for|free of|no more|no longer|absence of|ruled out|rules out|neither|zero|nothing to suggest|"
            + "nothing suggests|no signs? (?:of|that)|no evidence (?:of|that))\\b");
    /** "never my dad had gout": an answer, then a new subject and verb the "never" does not reach. */
    private static final Pattern NEW_SUBJECT = Pattern.compile("(?i)(?:^|,)\\W*(?:my|his|her|our) \\w+ "
            + "(?:had|has|was|is|gets|got|takes|took)\\b");
    /** "not really hungry um i've lost eight pounds": the patient starts again, out of the cue's reach. */
    private static final Pattern SUBJECT_AGAIN = Pattern.compile("(?i)^(?!\\s*(?:think|believe|know|remember|guess|"
            + "say|feel|sure|notice|noticed|realize|realise|like)\\b)(?:\\s+[a-z',]+){1,4}\\s+(?:i've|i have|i'm|he's|"
            + "she's|he has|she has|we've)\\s*$");
    /**
     * "this isn't bipolar, what you have is depression": the cue's clause ends where what it is begins (the
     * diagnosis's lead, also for {@link Diagnoses}).
     */
    static final Pattern WHAT_IT_IS = Pattern.compile("(?i)\\b(?:what (?:you|he|she|they) (?:have|has|'ve got|"
            + "'s got) is|what (?:i|we) (?:see|found|can see) (?:here |today )?is|my (?:impression|diagnosis) is|"
            + "the diagnosis is)\\b");
    /** "…I can't because I feel short of breath": what comes after "because" is said for itself. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)(?:[;:]|,?\\s\\b(?:but|however|though|although|"
            + "except|yet|other than|aside from|apart from|besides|because)\\b|,\\s+and\\s+(?=(?:i|i'm|i've|he|she|they|"
            // "Didn't pass out, just went a bit woozy", "I didn't hit my head, only my hip was paining": what instead
            + "we)\\b)|,\\s+(?:just|only)\\s+(?=(?:went|got|felt|feel|a bit|a little|had|was|my|his|her)\\b))");
    private static final Pattern AFTER = Pattern.compile("(?i)^[^.;]{0,25}?\\b(?:none|not really|no|nope|gone|"
            + "went away|resolved|has resolved|have resolved|is negative|was negative|are negative|were negative)\\b");
    private static final Pattern UNCERTAIN = Pattern.compile("(?i)\\b(?:maybe|might|possibly|perhaps|not sure|"
            + "i'm not sure|unsure|i guess|could be|may have|probably not|(?<!\\ba )(?:kind|sort) of like|hard to say|"
            + "going to|gonna|"
            + "about to)\\b");
    private static final Pattern YES = Pattern.compile("(?i)^(?:yes|yeah|yep|yup|ya|ow+|ouch|correct|right|i do|i am|i have|"
            + "i did|definitely|sure|absolutely|mm-hmm|uh-huh|mhm|a little|a bit|sometimes|occasionally|some|"
            + "a lot|uh yes|oh yes|she does|he does|she has|he has|she is|he is|she did|he did|they do|it does|"
            + "it is|it has|that's right|exactly|for sure|of course|i think so)\\b");
    private static final Pattern NO = Pattern.compile("(?i)^(?:no|nope|nah|not really|never|none|nothing|"
            // "I don't know", "I haven't checked", "I didn't measure it": not knowing is no denial
            + "(?:i don't|i do not)(?! (?:know|remember|recall|check|measure|own|have a (?:thermometer|scale)))|"
            + "(?:i haven't|i have not)(?! (?:checked|measured|weighed|looked|taken (?:it|my|a|her|his)|had a chance|"
            + "got a (?:thermometer|scale)))|i didn't(?! (?:check|measure|weigh|look|take (?:it|my|a)))|"
            + "not that i|no,|neither|she doesn't|he doesn't|she hasn't|"
            + "he hasn't|she didn't|he didn't|not at all|nothing like that|no sir|no ma'am|negative|"
            + "can't say (?:that )?i(?:'ve| have| had| did| do)?|not as far as i know|not to my knowledge|"
            // "any weight loss?" "the opposite, I've gained twelve pounds"
            + "(?:(?:actually|quite|if anything),? )?(?:just )?the (?:exact )?opposite|not a (?:bit|twinge|thing|sign|"
            + "drop|hint)|not once|not even once|"
            // "Any headache?" "Not more than usual, no.": nothing new beyond what is usual
            + "(?:not|no|nothing) (?:any )?more than (?:usual|normal)|no worse than (?:usual|normal)|"
            // "…more pillows than usual?" "Same two pillows.": as before, so no
            + "(?:just )?(?:the )?same (?:\\w+ )?pillows?(?=\\W*$))\\b");

    public enum Answer { YES, NO, OTHER }

    private Negation() {
    }

    /**
     * "Since then I haven't had any more pain": what was had before has stopped; neither a new complaint nor a
     * denial of what the patient just told.
     */
    static boolean noMore(String sentence, int start) {
        String before = clause(sentence.substring(0, Math.max(0, start))).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(?:any ?more|no more|not had (?:it|that) since)\\s+(?:\\w+\\s+)?$");
    }

    /** "not bad, not bad", "not great doc honestly i've been burning up": how the patient is, no denial. */
    private static final Pattern NOT_BAD = Pattern.compile("\\bnot (?:too |so |that )?(?:bad|great|good|brilliant|"
            + "wonderful|fantastic)\\b");
    private static final Pattern COMPARED = Pattern.compile("\\bnot (?:as|so) (?:much|bad|badly|often) as\\b");

    /** The polarity of the concept at {@code [start, end)} of the sentence. */
    public static Presence of(String sentence, int start, int end) {
        String before = clause(sentence.substring(0, Math.max(0, start)));
        String[] words = before.strip().split("\\s+");
        int from = Math.max(0, words.length - 6);
        StringBuilder window = new StringBuilder();
        for (int i = from; i < words.length; i++) {
            window.append(words[i]).append(' ');
        }
        // "not bad, not bad, bit sore": how the patient is, not a denial of what follows
        // "it bothers me, but not as much as being depressed did": a comparison, not a denial
        String w = COMPARED.matcher(NOT_BAD.matcher(window.toString().toLowerCase(Locale.ROOT)).replaceAll("fine"))
                .replaceAll("less than");
        // "I can't stop coughing and I'm wheezing": a cue that negates a stop is no denial
        if (CUE.matcher(w).find() && !w.matches("(?s).*\\b(?:not only|no doubt|not sure|(?:can't|cannot|couldn't|"
                + "won't|doesn't|don't|didn't) (?:stop|shake|get rid of)|(?:won't|doesn't|didn't) go away)\\b.*")) {
            String afterCue = w.substring(Math.max(0, Words.lastEnd(CUE, w)));
            // "You marked … don't feel right 3, difficulty concentrating 3": a scored checklist's item ends the cue
            if (!NEW_SUBJECT.matcher(afterCue).find() && !SUBJECT_AGAIN.matcher(afterCue).find()
                    && !WHAT_IT_IS.matcher(afterCue).find() && !SCORED_ITEM.matcher(afterCue).find()) {
                return Presence.DENIED;
            }
        }
        if (inDeniedList(before)) {
            return Presence.DENIED;
        }
        String after = sentence.substring(Math.min(end, sentence.length()));
        if (AFTER.matcher(after).find() && !after.strip().toLowerCase(Locale.ROOT).startsWith("no,")) {
            String a = after.strip().toLowerCase(Locale.ROOT);
            // "Swelling, not really."
            if (a.matches("^(?:,\\s*)?(?:none|no|nope|not really|not at all|gone|went away|resolved|has resolved|"
                    + "is negative|was negative)"
                    + "\\b.*") || a.matches("^(?:has|have|is|was)?\\s*(?:gone|went away|resolved)\\b.*")) {
                return Presence.DENIED;
            }
        }
        if (FINE_AFTER.matcher(after).lookingAt() && !sentence.substring(start, Math.min(end, sentence.length()))
                .matches("(?is).*\\b(?:pain|ache|hurts?|sore)\\b.*")) {
            return Presence.DENIED; // "Waterworks fine.", "Bowels normal.": said to be as they should be
        }
        // "since the summer maybe, so three months, and I'm thirsty": a hedge on the time, not on the thirst
        if (UNCERTAIN.matcher(lastWords(clause(sentence.substring(0, Math.max(0, start))), 6)).find()) {
            return Presence.UNCERTAIN;
        }
        return Presence.PRESENT;
    }

    private static final Pattern FINE_AFTER = Pattern.compile("(?i)\\s*(?:'s|is|are|has been|have been|seems?|"
            + "looks?)?\\s*(?:fine|normal|okay|ok|alright|all right|good)\\s*(?:[.,;!]|$|thanks\\b|too\\b|as well\\b)");

    /** Words that end a list: a verb or a new subject ("no fever, and I have a cough"). */
    private static final Pattern NOT_A_LIST = Pattern.compile("(?i)\\b(?:but|however|has|have|had|is|are|was|were|i|"
            + "i'm|i've|you|he|she|they|it|it's|which|that|then|now|since|started|feel|feels|felt|get|gets|got|do|"
            + "does|did|can|will|would)\\b");

    /**
     * "You've not had any recent weight loss or gain, headaches, bone pain, urinary symptoms, or blood in the
     * stools": a denial runs over the whole list it opens, further than the usual few words.
     */
    private static boolean inDeniedList(String before) {
        java.util.regex.Matcher cue = CUE.matcher(before);
        int last = -1;
        while (cue.find()) {
            last = cue.end();
        }
        if (last < 0) {
            return false;
        }
        // "not had any …", "denies having …": the denied verb itself is not the end of the list
        String span = before.substring(last).replaceFirst("(?i)^\\s*(?:(?:had|have|has|been|having|experienced|"
                + "experiencing|noticed|noticing|seen|got|gotten|reported|reporting)\\s+)*", "");
        return span.matches("(?s).*(?:,|\\bor\\b|\\bnor\\b).*") && span.strip().split("\\s+").length <= 25
                && !NOT_A_LIST.matcher(span).find();
    }

    /** As {@link #of}, in a reply: its leading "No," answers the question, it does not negate what follows. */
    static Presence ofReply(String sentence, int start, int end) {
        if (gone(sentence, end)) {
            return Presence.DENIED;
        }
        String stripped = withoutAnswer(sentence);
        int offset = sentence.length() - stripped.length();
        return of(stripped, start - offset, end - offset);
    }

    /** A reply without its leading "No,": "no she's tired but…", unpunctuated, tells she is tired. */
    public static String withoutAnswer(String reply) {
        return LEADING_NO.matcher(reply).replaceFirst("");
    }

    private static final Pattern LEADING_NO = Pattern.compile("(?i)^(?:no|nope|nah)(?:,\\s*|\\s+(?=(?:she|he|i|it|"
            + "they|we)(?:'s|'m|'re|'ve| is| was| has| have| am| are| had)\\b))");

    /** "The dizziness is gone", "the heartburn went when I…": resolved, not a complaint of this visit, whatever was said of it before. */
    static boolean gone(String sentence, int end) {
        return GONE.matcher(sentence.substring(Math.min(end, sentence.length()))).lookingAt();
    }

    /**
     * "I had a week where the paper was blurry, but then it went away on its own": what was had and is gone, said
     * later in the sentence of the symptom ("dizzy spells, like lightheaded, but that went away": both).
     */
    static boolean wentAway(String sentence, int end) {
        return end <= sentence.length() && WENT_AWAY.matcher(sentence).find(end);
    }

    // "…but that's gone", "…the works that's cleared up now" (no comma said), "…but the antibiotics cleared that";
    // "a flip flop and then it's gone": how each episode ends, not the complaint gone
    private static final java.util.regex.Pattern WENT_AWAY = java.util.regex.Pattern.compile("(?i)(?:\\b(?:but|and|"
            + "which)\\s+|,\\s*|(?<!then)\\s(?=(?:that|it)(?:'s| has) ))"
            + "(?!then\\s+(?:it|they)(?:\\s*'s|\\s*'re|\\s+is|\\s+are)\\s)"
            + "(?:then\\s+)?(?:(?:it|that|they|those|this|these)(?:\\s*'s|\\s*'ve)?\\s+)+"
            + "(?:has\\s+|have\\s+|'s\\s+|is\\s+|are\\s+)?(?:all\\s+|completely\\s+|just\\s+|long\\s+)?"
            + "(?:went away|gone away|gone(?!\\s+(?:on|up|down|into|to|round|around|over|through)\\b)|"
            + "resolved|cleared up|cleared|faded|disappeared|settled down|gone down)\\b"
            + "(?!\\s+(?:a bit|a little|some|slightly|somewhat|a touch)\\b)"
            + "|\\b(?:but|and)\\s+(?:the\\s+)?\\w+\\s+cleared (?:that|it)\\b"
            + "|,?\\s+then (?:fine|okay|ok|all right|alright)\\b"
            // "a temperature the first weekend but nothing since": the illness's first days, gone since
            + "|\\b(?:the first (?:day|days|few days|week|weekend|night)|at (?:the )?(?:start|first|beginning))\\b"
            + "[^.;]{0,20}\\bbut (?:nothing|none|not)(?: \\w+)? since\\b");

    // "the palpitations I used to get are gone"
    private static final java.util.regex.Pattern GONE = java.util.regex.Pattern.compile("(?i)\\s*"
            + "(?:(?:i|he|she|we) used to (?:get|have|feel)\\s+)?"
            + "(?:(?:is|are|has|have|had|'s)(?: (?:all|completely|totally|now))? )?"
            + "(?:gone|resolved|went away|cleared up|stopped|disappeared|calmed down|settled down|did settle|"
            + "finished(?= (?:about |around )?(?:\\d+|a|one|two|three|four|five|several|a few|a couple of) "
            + "(?:years?|months?) ago)|" // "the hot flushes finished about two years ago"
            + "went(?=\\s*(?:$|[,.;]|when|after|once|by itself|on its own|completely))"
            // "I don't have any rashes now, but there was…": had, and gone
            + "|(?:right )?now,? but (?:there was|there were|i had|i did have|i've had|i did get|i got)|"
            + "(?:right )?now,? but i did\\b)\\b");

    /**
     * "Yes… oh, wait, no, sorry, I was squinting", "Yeah. No, no, it's dry", "I thought you said feeling down. No,
     * none of that": a yes taken back (or a mishearing owned up to) before a plain no; the last word is the answer.
     */
    private static final Pattern RETRACTED = Pattern.compile("(?is)^(?:yes|yeah|yep|ya)\\W+(?:no|nope)\\b"
            + "(?!\\W+(?:problem|worries|doubt|question))|^(?:(?:yes|yeah|yep|ya)\\b.{0,80}?\\b"
            + "(?:wait|sorry|i mean|hang on|actually|thought you said|misheard)\\b|(?:i )?(?:thought you said|"
            + "misheard)\\b).{0,120}?\\b(?:(?:no|nope|nah)(?=\\s*(?:[,.;:!?…-]|$|none\\b|not\\b|nothing\\b|"
            + "sorry\\b))|none of that|"
            + "not like that|nothing like that)");

    /** As {@link #answer(String)}, unless a later sentence of the same turn takes the yes back. */
    static Answer answer(String reply, String turn) {
        Answer first = answer(reply);
        String rest = turn.strip();
        if (first == Answer.OTHER && ASIDE.matcher(reply).matches() && rest.startsWith(reply.strip())) {
            // "I wish. No, if anything I've put on half a stone.": the answer comes after the aside
            return answer(rest.substring(reply.strip().length()));
        }
        // "Yes, absolutely." "No, not, no, nothing.": a yes the next breath takes back with an emphatic no
        String after = rest.startsWith(reply.strip()) ? rest.substring(reply.strip().length()) : "";
        return first == Answer.YES && (turn.length() > reply.length() && answer(turn) == Answer.NO
                || TAKEN_BACK.matcher(after).lookingAt()) ? Answer.NO : first;
    }

    private static final Pattern SCORED_ITEM = Pattern.compile("(?i)\\b(?:\\d+|zero|one|two|three|four|five|six)\\s*,");
    private static final Pattern FINE_BUT = Pattern.compile("(?i)\\bbut (?:my|his|her|their|the) \\w+(?:'s| has| have|"
            + " is|"
            + " was| are)?(?: been)? (?:fine|okay|ok|normal|alright|all right|good)\\b");

    private static final Pattern TAKEN_BACK = Pattern.compile("(?i)^\\W*no\\W+(?:not|no|nothing|sorry|wait|actually)"
            + "\\b");

    /** A reply's first sentence that is only an exclamation or an aside. */
    private static final Pattern ASIDE = Pattern.compile("(?i)^\\W*(?:i wish|oh|well|hmm+|um+|uh+|gosh|goodness|"
            + "ha(?:ha)?|"
            + "funny you should ask|good question|let me think)\\W*$");

    /** What a reply says to a yes/no question. */
    public static Answer answer(String reply) {
        // "My gosh, no.", "oh sorry no none of that": an exclamation or an apology before the answer
        String r = reply.strip().toLowerCase(Locale.ROOT).replaceAll("^(?:(?:well|oh|um|uh|so|hmm|honestly|sorry|"
                + "(?:my |oh )?"
                + "(?:gosh|god|goodness|lord)|oh boy|heavens|i wish)[,!.]?\\s+)+", "");
        if (NO.matcher(r).find() || RETRACTED.matcher(r).find()) {
            return Answer.NO;
        }
        if (YES.matcher(r).find()) {
            // "A little cough from the cold, but his breathing's been fine": something else, and a no to what was asked
            return FINE_BUT.matcher(r).find() && r.matches("(?s)^(?:a little|a bit|some)\\b.*") ? Answer.NO
                    : Answer.YES;
        }
        return Answer.OTHER;
    }

    /** The part of a text after the last clause break ("…, but"). */
    private static String lastWords(String text, int n) {
        String[] w = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
    }

    static String clause(String text) {
        var m = CLAUSE_BREAK.matcher(text);
        int last = 0;
        while (m.find()) {
            last = m.end();
        }
        return text.substring(last);
    }
}
