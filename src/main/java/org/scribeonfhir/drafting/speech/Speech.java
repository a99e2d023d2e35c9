package org.scribeonfhir.drafting.speech;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A turn as the drafter reads it: the recorder's spacing undone ("do n't" → "don't", "gon na" → "going to",
 * "hello , there ." → "hello, there."), voice-assistant commands ("hey dragon, show me the x-ray") and
 * fillers removed, stutters and cut-off words dropped, spoken numbers written as digits and units as notes
 * write them. Meaning is kept: negations, hedges and every content word stay.
 */
public final class Speech {

    private static final String RESTART_WORDS = "(?:by|the|a|an|it|it's|i|i'm|we|you|he|she|they|to|in|on|at|for|"
            + "with|and|but|so|if|is|was|that|this|my|your|his|her)";
    /** "go to a and e": the emergency department as a British recorder spells it. */
    private static final Pattern ACCIDENT_AND_EMERGENCY = Pattern.compile("(?i)\\ba (?:and|&|n) e\\b");
    private static final Pattern SPLIT_CONTRACTION = Pattern.compile("(?i)\\b(ca|wo|do|does|did|is|are|was|were|"
            + "have|has|had|could|would|should|must|need|ai) n't\\b");
    private static final Pattern CLITIC = Pattern.compile("(?i)(\\w) '(s|re|ve|m|ll|d)\\b");
    private static final Pattern DRAGON = Pattern.compile("(?i)\\b(?:hey|okay|ok),? dragon\\b[,.?]?(?: uh,?)?\\s*"
            + "(?:(?:please )?(?:show me|order|finalize|pull up|open|go ahead|let's|can you|i want)[^.?!]*[.?!]?)?");
    private static final Pattern DRAGON_SHOWS = Pattern.compile("(?i)\\b(?:hey|okay|ok),? dragon\\b[,.?]?(?: uh,?)?\\s*"
            + "(?:please )?(?:show me|pull up) ((?:the |my |his |her |your )[^.?!]{2,60})[.?!]?");
    private static final Pattern DRAGON_ORDERS = Pattern.compile("(?i)\\b(?:hey|okay|ok),? dragon\\b[,.?]?(?: uh,?)?"
            + "\\s*(?:please )?order ([^.?!]{3,90})[.?!]?");
    private static final Pattern DRAGON_END = Pattern.compile("(?i)\\bfinalize (?:the )?(?:note|report)(?:,? dragon)?"
            + "[.]?");
    private static final Pattern FILLER = Pattern.compile("(?i)(?:^|(?<=[\\s,.]))(?:um+|uh+|ah+|hmm+|mm+)(?=[\\s,.?!]|$)"
            + "[,.]?");
    private static final Pattern BACKCHANNEL = Pattern.compile("(?i)(?:^|(?<=\\s))(?:mm-hmm|uh-huh|mhm)[,.]?(?=\\s)");
    /** "s- s- systolic", "mon- i monitor": a word cut off and said again. */
    private static final Pattern CUT_WORD = Pattern.compile("(?i)(?<![\\w-])[a-z]{1,12}-(?=\\s|,|$)");
    /** "i , i , i've", "the , the": a word said again after a pause; "Day ten, ten." is a day and its dose. */
    private static final Pattern STUTTER = Pattern.compile("(?i)(?<!\\b(?:day|days|week|weeks|step) )\\b"
            + "(\\w+(?:'\\w+)?)(?:\\s?,\\s?\\1\\b)+");
    /** A word said twice in a row, but not a digit of a number read out ("call nine eight eight"). */
    private static final Pattern REPEATED = Pattern.compile("(?i)\\b(?!(?:\\d+|zero|oh|one|two|three|four|five|six|"
            + "seven|eight|nine)\\b)(\\w+(?:'\\w+)?)(?:\\s+\\1\\b(?!-))+"); // "twenty twenty-two" is a year
    /** "i feel i feel lightheaded", "I'm not, I'm not eating": two words said again. */
    private static final Pattern REPEATED_PAIR = Pattern.compile("(?i)\\b(\\w+(?:'\\w+)?(?: \\w+(?:'\\w+)?){1,4})"
            + "(?:,? \\1\\b)+");
    /** "numb numbness", "less lessons": a word begun and then said whole. */
    private static final Pattern STARTED_WORD = Pattern.compile("(?i)\\b([a-z]{4,})\\s+(?=\\1[a-z]+\\b)");
    /** "she's here for left leg pain. right leg pain?": the side said again, checked, is the side. */
    private static final Pattern SIDE_CORRECTED = Pattern.compile("(?i)\\b(left|right)((?: [a-z]+){1,3})[.,]? "
            + "(?:(?:sorry|i mean|no),? )?(right|left)\\2\\?");
    private static final Pattern HYPHEN_STUTTER = Pattern.compile("(?i)\\b(\\w+)-\\1\\b");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,.?!;:%)])");
    /** "Right ear first... The right ear drum": a trailing pause before a capital ends a sentence. */
    /** "Any pain when I tap on your back here? ... No.": a pause after a question ends nothing more. */
    private static final Pattern PAUSE_AFTER_END = Pattern.compile("(?<=[?!])\\s*(?:\\.\\.\\.|…)\\s*");
    private static final Pattern PAUSE_BEFORE_SENTENCE = Pattern.compile("\\s*(?:\\.\\.\\.|…)\\s+(?=[A-Z])");
    private static final Pattern PAUSE = Pattern.compile("\\s*(?:\\.\\.\\.|…)\\s*");
    /**
     * "but typically with these, um... but typically, these cause", "healed by the point... by this point": a clause
     * left at a pause and begun again; the restart stands. One word begins again only when it is a function word.
     */
    private static final Pattern RESTARTED = Pattern.compile("(?i)\\b((?:[\\w']+ [\\w']+)|" + RESTART_WORDS + ")\\b"
            + "(?:[\\s,]+(?!\\1\\b)[\\w']+){0,6}?[\\s,]*(?:\\.\\.\\.|…)\\s*(?=\\1\\b)");
    private static final Pattern MILLIGRAMS = Pattern.compile("(?i)(\\d) ?milligrams?\\b");
    private static final Pattern MICROGRAMS = Pattern.compile("(?i)(\\d) ?micrograms?\\b");
    private static final Pattern MILLILITERS = Pattern.compile("(?i)(\\d) ?(?:milliliters?|millilitres?|mls|mils?)\\b");

    /** Letters a recorder spells out: "t s h" → "tsh", "a one c" → "a1c". */
    private static final Pattern SPELLED = Pattern.compile("(?i)\\b(t s h|e k g|e c g|c b c|c m p|b m p|m r i|c t|u t i|"
            + "b n p|i n r|p s a|l d l|h d l|a one c|a 1 c|e r|i v|p t|o t|a d h d|c o p d|g e r d|u r i|s t d|"
            + "p r n|b i d|t i d|q i d|n s a i d|e d|s t|h r t|g t n|b m i|e g f r|c r p|e s r|t i a|d v t|a t f l|"
            + "c v a|a c e|i b s|g p|p h q|g a d|p c l|i p s s|p v r)\\b");

    /** "<UNIN/>", "<INAUDIBLE_SPEECH/>", "<LAUGH/>": a transcriber's mark for what nobody could write down. */
    private static final Pattern UNINTELLIGIBLE = Pattern.compile("(?i)<[a-z][a-z_]*\\s*/>");
    /** "<UNSURE>link</UNSURE>": the words stay, the marks go. */
    private static final Pattern UNSURE = Pattern.compile("(?i)</?unsure>|</?[A-Z][A-Z_]{2,}>");
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d,.])\\d{1,3}(?:,\\d{3})+(?![\\d,])");
    private static final Pattern CANT = Pattern.compile("(?i)\\bcan ?'t\\b");
    private static final Pattern AGE_HYPHEN = Pattern.compile("(\\d) -(?=(?:year|month|week|day)s?-old\\b)");
    private static final Pattern HAND_SIDE = Pattern.compile("(?i)\\b(right|left)[- ]hand(?:ed)? side\\b");
    private static final Pattern GOING_TO = Pattern.compile("(?i)\\bgon ?na\\b");
    private static final Pattern WANT_TO = Pattern.compile("(?i)\\bwan ?na\\b");
    private static final Pattern GOT_TO = Pattern.compile("(?i)\\bgot ta\\b");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,.?!;:%])");
    private static final Pattern DOUBLE_COMMA = Pattern.compile("([,;])(?:\\s*[,;])+");
    private static final Pattern COMMA_BEFORE_END = Pattern.compile(",\\s*([.?!])");
    private static final Pattern COMMA_AFTER_END = Pattern.compile("([.?!]),\\s*");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s,.;:]+");

    private Speech() {
    }

    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace('\u2019', '\'');
        // a transcriber's marks ("<UNSURE>link</UNSURE>", "<UNIN/>" for unintelligible): never note text
        s = UNINTELLIGIBLE.matcher(s).replaceAll(" ");
        s = UNSURE.matcher(s).replaceAll("");
        s = THOUSANDS.matcher(s).replaceAll(m -> m.group().replace(",", "")); // "1,000 mg"
        s = SPLIT_CONTRACTION.matcher(s).replaceAll("$1n't");
        s = CANT.matcher(s).replaceAll("can't");
        s = CLITIC.matcher(s).replaceAll("$1'$2");
        s = AGE_HYPHEN.matcher(s).replaceAll("$1-"); // "53 -year-old"
        s = HAND_SIDE.matcher(s).replaceAll("$1 side"); // a side, not the hand
        s = GOING_TO.matcher(s).replaceAll("going to");
        s = WANT_TO.matcher(s).replaceAll("want to");
        s = GOT_TO.matcher(s).replaceAll("got to");
        s = RESTARTED.matcher(s).replaceAll("");
        s = PAUSE_AFTER_END.matcher(s).replaceAll(" ");
        s = PAUSE_BEFORE_SENTENCE.matcher(s).replaceAll(". ");
        s = PAUSE.matcher(s).replaceAll(", ");
        s = SpokenNumbers.digits(s);
        s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
        s = SPELLED.matcher(s).replaceAll(m -> {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            return w.equals("er") ? "emergency room" : w.equals("ed") ? "emergency department" : w.replace("aonec", "a1c");
        });
        s = ACCIDENT_AND_EMERGENCY.matcher(s).replaceAll("A&E");
        s = DRAGON_END.matcher(s).replaceAll(" ");
        // "hey dragon, show me the knee x-ray" / "…, order meloxicam 15 mg": what the clinician looks at or orders
        s = DRAGON_SHOWS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(" let's look at " + m.group(1).strip()
                + ". "));
        s = DRAGON_ORDERS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(" i'll order " + m.group(1).strip()
                + ". "));
        s = DRAGON.matcher(s).replaceAll(" ");
        s = CUT_WORD.matcher(s).replaceAll("");
        s = HYPHEN_STUTTER.matcher(s).replaceAll("$1");
        s = FILLER.matcher(s).replaceAll("");
        s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
        s = DOUBLE_COMMA.matcher(s).replaceAll("$1"); // "could be, um, could be": the filler's comma left twice
        s = STUTTER.matcher(s).replaceAll("$1");
        s = REPEATED.matcher(s).replaceAll("$1");
        s = REPEATED_PAIR.matcher(s).replaceAll("$1");
        s = STARTED_WORD.matcher(s).replaceAll("");
        s = SIDE_CORRECTED.matcher(s).replaceAll(m -> m.group(1).equalsIgnoreCase(m.group(3)) ? m.group()
                : m.group(3) + m.group(2) + ".");
        s = MILLIGRAMS.matcher(s).replaceAll("$1 mg");
        s = MICROGRAMS.matcher(s).replaceAll("$1 mcg");
        s = MILLILITERS.matcher(s).replaceAll("$1 mL");
        if (WORDS.split(s.strip()).length > 2) {
            s = BACKCHANNEL.matcher(s).replaceAll("");
        }
        s = SPACES.matcher(s).replaceAll(" ");
        s = SPACE_BEFORE_MARK.matcher(s).replaceAll("$1");
        s = DOUBLE_COMMA.matcher(s).replaceAll("$1");
        s = COMMA_BEFORE_END.matcher(s).replaceAll("$1");
        s = COMMA_AFTER_END.matcher(s).replaceAll("$1 ");
        s = LEADING_MARKS.matcher(s).replaceAll("");
        return s.strip();
    }
}
