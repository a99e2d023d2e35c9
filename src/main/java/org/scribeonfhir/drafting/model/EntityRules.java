package org.scribeonfhir.drafting.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented rule layer over the entity head (see drafting/README.md): regular expressions for what
 * BC5CDR does not annotate (doses, frequencies, routes, values with units), lexicons for symptoms,
 * procedures and tests, and NegEx-style cues, scoped to the sentence, for the attributes.
 */
public final class EntityRules {

    /** A number as digits or as spoken words ("20", "twenty", "three hundred twenty five"). */
    static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|hundred|thousand)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine|ten|"
            + "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand))*)";
    static final Pattern DOSE = Pattern.compile("(?i)\\b" + NUMBER + "\\s*(?:mg|milligrams?|mcg|micrograms?|"
            + "grams?|units?|ml|milliliters?|cc|puffs?|tablets?|pills?|capsules?)\\b");
    static final Pattern FREQUENCY = Pattern.compile("(?i)\\b(?:once|twice|three times|four times|one time|two times|"
            + "\\d+ times)(?: (?:a|per|each) (?:day|week|month|night)| daily)\\b|\\b(?:daily|nightly|weekly|monthly|bid|"
            + "tid|qid|prn|as needed|at bedtime|before bed|in the morning|at night|(?:a|per|each) day|every (?:other )?"
            + "(?:day|morning|night|evening|week|" + NUMBER + " (?:to " + NUMBER + " )?hours))\\b");
    static final Pattern ROUTE = Pattern.compile("(?i)\\b(?:by mouth|orally|oral|topically|topical|intravenous(?:ly)?"
            + "|iv|subcutaneous(?:ly)?|intramuscular(?:ly)?|inhaled|inhaler|nasal spray|sublingual(?:ly)?|"
            + "injection|injections|patch)\\b");
    static final Pattern VALUE_UNIT = Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent|mmhg|bpm|"
            + "beats per minute|degrees|mg/dl|kilograms|kg|pounds|lbs|breaths per minute)|\\b\\d{2,3}/\\d{2,3}\\b");
    static final Pattern SYMPTOM = lexicon("pain", "aches?", "fevers?", "chills", "cough(?:ing)?", "nausea",
            "vomiting", "diarrhea", "constipation", "headaches?", "dizziness", "dizzy", "fatigue", "tired(?:ness)?",
            "shortness of breath", "short of breath", "swelling", "swollen", "numbness", "tingling", "rash",
            "itching", "itchy", "congestion", "sore throat", "runny nose", "palpitations", "wheezing", "bleeding",
            "weakness", "lightheaded(?:ness)?", "night sweats", "weight loss", "weight gain", "heartburn",
            "cramping", "stiffness", "soreness", "burning", "bloating", "anxiety", "insomnia", "chest pain");
    static final Pattern PROCEDURE = lexicon("surgery", "replacement", "repair", "transplant", "biopsy",
            "colonoscopy", "endoscopy", "physical therapy", "arthroscopy", "ablation", "stent", "bypass",
            "injection", "cesarean", "appendectomy", "cholecystectomy", "hysterectomy", "vasectomy", "fusion",
            "catheterization", "dialysis", "cast", "splint", "sutures?", "stitches");
    static final Pattern TEST = lexicon("x-?rays?", "mri", "ct scan", "cat scan", "ct", "ultrasound",
            "echocardiogram", "echo", "ekg", "ecg", "blood work", "labs?", "lab work", "a1c", "hemoglobin a1c",
            "cholesterol", "lipid panel", "cbc", "cmp", "metabolic panel", "urinalysis", "urine test",
            "thyroid panel", "tsh", "mammogram", "stress test", "pft", "pulmonary function tests?", "culture",
            "autoimmune panel", "blood sugar", "glucose", "kidney function", "liver function");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:no|not|denies|denied|deny|never|without|"
            + "don't|doesn't|didn't|haven't|hasn't|negative for|free of|none|nothing)\\b");
    private static final Pattern HISTORICAL = Pattern.compile("(?i)\\b(?:history of|in the past|used to|previously|"
            + "years ago|last year|prior|had an? |back in|as a child|childhood|status post)\\b");
    private static final Pattern FAMILY = Pattern.compile("(?i)\\b(?:mother|father|mom|dad|brother|sister|aunt|uncle|"
            + "grandmother|grandfather|grandma|grandpa|family history|son|daughter|cousin|parents?|siblings?)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!;]");

    private EntityRules() {
    }

    private static Pattern lexicon(String... terms) {
        return Pattern.compile("(?i)\\b(?:" + String.join("|", terms) + ")\\b");
    }

    /** The head's spans plus the rules' entities, with attributes; overlapping rule matches give way. */
    public static List<ClinicalEntity> annotate(String text, List<Span> model) {
        List<ClinicalEntity> out = new ArrayList<>();
        for (Span s : model) {
            String type = s.type();
            String surface = text.substring(s.start(), s.end());
            if (type.equals("PROBLEM") && SYMPTOM.matcher(surface).find()) {
                type = "SYMPTOM";
            }
            out.add(entity(text, type, s.start(), s.end(), s.confidence()));
        }
        add(out, text, DOSE, "DOSE");
        add(out, text, FREQUENCY, "FREQUENCY");
        add(out, text, ROUTE, "ROUTE");
        add(out, text, VALUE_UNIT, "VALUE_UNIT");
        add(out, text, TEST, "TEST");
        add(out, text, PROCEDURE, "PROCEDURE");
        add(out, text, SYMPTOM, "SYMPTOM");
        out.sort(Comparator.comparingInt(ClinicalEntity::start));
        return out;
    }

    private static void add(List<ClinicalEntity> out, String text, Pattern p, String type) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean overlaps = out.stream().anyMatch(x -> x.start() < e && s < x.end());
            if (!overlaps) {
                out.add(entity(text, type, s, e, 0.9));
            }
        }
    }

    static ClinicalEntity entity(String text, String type, int start, int end, double confidence) {
        String before = sentenceBefore(text, start);
        Set<String> attributes = new HashSet<>();
        if (negated(before)) {
            attributes.add(ClinicalEntity.NEGATED);
        }
        if (HISTORICAL.matcher(before).find()) {
            attributes.add(ClinicalEntity.HISTORICAL);
        }
        if (FAMILY.matcher(before).find()) {
            attributes.add(ClinicalEntity.FAMILY);
        }
        return new ClinicalEntity(type, start, end, text.substring(start, end), attributes, confidence);
    }

    /** A negation cue among the five words before the entity, in its sentence, with no "but" in between. */
    private static boolean negated(String before) {
        String[] words = before.toLowerCase(Locale.ROOT).trim().split("\\s+");
        int from = Math.max(0, words.length - 5);
        boolean cue = false;
        for (int i = from; i < words.length; i++) {
            String w = words[i].replaceAll("[^a-z']", "");
            if (w.equals("but") || w.equals("except")) {
                cue = false;
            } else if (NEGATION.matcher(w).matches()) {
                cue = true;
            }
        }
        return cue;
    }

    private static String sentenceBefore(String text, int start) {
        String head = text.substring(0, start);
        Matcher m = SENTENCE_END.matcher(head);
        int last = 0;
        while (m.find()) {
            last = m.end();
        }
        return head.substring(last);
    }
}
