package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/**
 * Lay complaints said with words in between that no fixed phrase of the lexicon holds: "it burns like fire when I
 * pee" is dysuria, "I feel like I have to go every twenty minutes" urinary frequency, "this tightness right in
 * the middle of my chest" chest tightness. The faithfulness check
 * reads the evidence with the same finder.
 */
public final class LooseSymptoms {

    private record Shape(Pattern pattern, String symptom) {
    }

    private static final String VOIDS = "(?:pee|pees|peeing|peed|wee|wees|weed|urinate|urinates|urinating|urinated|"
            + "pass water|go)\\b";
    private static final String UNDER_RIBS = "(?i)\\b(?:pain|ache|discomfort)\\b(?:[\\s,]+[a-z']+){0,5}?[\\s,]+(?:under|"
            + "below|beneath) (?:my|his|her|the|your) (?:ribs on the |rib cage on the |";
    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("(?i)\\b(?:burns?|burning|stings?|stinging|hurts?|painful|pain)\\b(?:\\s+[a-z']+)"
                    + "{0,4}?\\s+(?:when|while|after|as) (?:i|he|she|you|they) " + VOIDS), "dysuria"),
            new Shape(Pattern.compile("(?i)\\b(?:(?:have|has|need|needs|got|gotta) to (?:go|pee|wee|urinate)(?: again)?|"
                    + "(?:i'm|i am|i've been|she's|he's) (?:going|peeing|weeing)(?: like)?) every (?:\\d+|few|couple of|"
                    + "half an?) (?:minutes|mins|hour|hours)\\b"), "urinary frequency"),
            // "this tightness right in the middle of my chest": the chest, a few words after what is felt there
            new Shape(Pattern.compile("(?i)\\b(?:tightness|tight feeling)\\b(?:\\s+[a-z']+){0,5}?\\s+(?:in|on|across|"
                    + "over) (?:the (?:middle|centre|center|front) of )?(?:my|his|her|the) chest\\b"), "chest tightness"),
            new Shape(Pattern.compile("(?i)\\b(?:pressure|heaviness|squeezing|pain|ache|discomfort)\\b(?:\\s+[a-z']+)"
                    + "{0,5}?\\s+(?:in|on|across|over) (?:the (?:middle|centre|center|front) of )?(?:my|his|her|the) "
                    + "chest\\b"), "chest pain"),
            // "a mole on my back has changed", "this mole's got darker": a mole, a few words before how it changed
            new Shape(Pattern.compile("(?i)\\bmole(?:'s)?\\b(?:\\s+[a-z']+){0,4}?\\s+(?:has |is |have )?(?:changed|"
                    + "changing|grown|growing|got (?:bigger|darker)|getting (?:bigger|darker)|bled|bleeding|itchy|"
                    + "itching)\\b"), "skin lesion"),
            // "my heart suddenly goes off racing": the heart, a few words before what it does
            new Shape(Pattern.compile("(?i)\\b(?:my|his|her|the) heart(?:'s)?(?:\\s+[a-z']+){0,3}?\\s+(?:racing|"
                    + "pounding|fluttering|skipping|flip-flopping|flipping|thumping|hammering|galloping|jumping)\\b"),
                    "palpitations"),
            // "a pressure right here above my pubic bone": the bladder's place, a few words after what is felt
            new Shape(Pattern.compile("(?i)\\b(?:pressure|pain|ache|discomfort|cramping)\\b(?:\\s+[a-z']+){0,3}?\\s+"
                    + "(?:above|over|on|behind) (?:my|the|her|his|your) (?:pubic bone|bladder)\\b"), "pelvic pain"),
            // "You messaged us about your hands?" "They're dry and cracked and red": the skin, said of the part asked
            new Shape(Pattern.compile("(?i)\\b(?:they're|they are|(?:my|his|her|the) (?:skin|hands?|feet|heels|"
                    + "fingers)(?:'s| is| are))\\s+(?:so |very |really |all )?(?:dry and (?:cracked|cracking|flaky|"
                    + "scaly|peeling)|cracked|cracking|flaky|scaly|peeling)\\b"), "dry skin"),
            // "this horrible pain on Saturday night, under my ribs on the right": the place said after the time
            new Shape(Pattern.compile(UNDER_RIBS + "right(?: side)?|right (?:ribs|rib cage))\\b"),
                    "right upper quadrant pain"),
            new Shape(Pattern.compile(UNDER_RIBS + "left(?: side)?|left (?:ribs|rib cage))\\b"),
                    "left upper quadrant pain"));

    private LooseSymptoms() {
    }

    /** The lexicon's symptoms of the text, with a weight change said with its amount and the loose shapes. */
    public static List<Match> find(Vocabulary v, String text) {
        List<Match> out = with(v, text, WeightChange.with(v, text, v.find(Term.Kind.SYMPTOM, text)));
        out.removeIf(m -> ATTEMPTED.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                || A_TEST.matcher(text).region(m.end(), text.length()).lookingAt());
        return out;
    }

    private static final Pattern IT_IS_MY = Pattern.compile("(?i)^\\W*(?:(?:well|so|oh|um|yeah|hi|hello|honestly|"
            + "(?:not (?:great|good|so good)|i've been better)(?: to be honest| honestly)?)\\W+)*(?:it's|it is|its) "
            + "(?:my|the|this|his|her) ((?:lower |upper |low |left |right )?(?!(?:appendix|heart|lungs?|liver|kidneys?|"
            + "gallbladder|bladder|bowels?|prostate|thyroid|pancreas|spleen|womb|uterus|ovary|ovaries|brain|sinus|"
            + "sinuses)\\b)[a-z]+)(?:\\s+(?:again|playing up|acting up))?\\W*$"); // "it's my appendix" is a fear

    /** "It's my back.": a sentence that names only a place, as that place's pain when the lexicon has one. */
    public static Match byPlace(Vocabulary v, String text) {
        Matcher m = IT_IS_MY.matcher(text);
        Term pain = m.find() ? v.lookup(Term.Kind.SYMPTOM, m.group(1).toLowerCase(java.util.Locale.ROOT) + " pain")
                : null;
        return pain == null ? null : new Match(pain, m.start(1), m.end(1), m.group(1));
    }

    /** "after my stress test was normal": the name of a test, not stress. */
    private static final Pattern A_TEST = Pattern.compile("(?i)\\s+(?:test|tests|testing)\\b");

    /** "Have you ever tried to hurt yourself or end your life?": an act attempted, not the thought of it. */
    private static final Pattern ATTEMPTED = Pattern.compile("(?i)\\b(?:tried|attempted|try|trying|attempt) to "
            + "(?:[a-z]+ (?:yourself|myself|himself|herself|themselves) or )?$");

    /** The symptoms found so far, with the loose shapes added where no symptom of that name or place is. */
    static List<Match> with(Vocabulary v, String text, List<Match> found) {
        List<Match> out = new ArrayList<>(found);
        for (Shape s : SHAPES) {
            Term term = v.lookup(Term.Kind.SYMPTOM, s.symptom());
            Matcher m = s.pattern().matcher(text);
            while (term != null && m.find()) {
                Match w = new Match(term, m.start(), m.end(), m.group());
                if (out.stream().noneMatch(x -> x.overlaps(w) && x.end() - x.start() >= w.end() - w.start()
                        || x.term() == term)) {
                    out.removeIf(x -> x.overlaps(w));
                    out.add(w);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
