package org.scribeonfhir.drafting.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Body systems for review-of-systems and exam lines, each with the words that place a phrase in it. The
 * first system whose word occurs wins, so the more specific systems come first. A word matches at the start of a
 * word ("wheez" in "wheezing"), never inside one ("ear" is not in "clear" or "year", "arm" not in "warm").
 */
final class BodySystems {

    static final Map<String, List<String>> ROS = new LinkedHashMap<>();
    static final Map<String, List<String>> EXAM = new LinkedHashMap<>();

    static {
        ROS.put("Constitutional", List.of("fever", "chill", "weight loss", "weight gain", "fatigue", "tired",
                "night sweat", "appetite", "energy", "malaise"));
        ROS.put("Eyes", List.of("vision", "blurry", "eye"));
        ROS.put("Ears, Nose, Mouth and Throat", List.of("congestion", "sore throat", "runny nose", "ear", "sinus",
                "nasal", "throat", "sneez"));
        ROS.put("Cardiovascular", List.of("chest pain", "chest pressure", "palpitation", "swelling in", "leg swelling",
                "racing", "edema", "dyspnea on exertion"));
        ROS.put("Respiratory", List.of("shortness of breath", "short of breath", "cough", "wheez", "breathing",
                "sputum", "phlegm"));
        ROS.put("Gastrointestinal", List.of("nausea", "vomit", "diarrhea", "constipation", "abdominal", "belly",
                "stomach", "heartburn", "reflux", "stool", "bowel", "bloating"));
        ROS.put("Genitourinary", List.of("urin", "bladder", "pee", "dysuria", "kidney stone", "blood in your urine"));
        ROS.put("Musculoskeletal", List.of("joint", "muscle", "back pain", "knee", "shoulder", "hip", "ankle",
                "elbow", "wrist", "neck pain", "stiffness", "arthritis"));
        ROS.put("Neurological", List.of("headache", "dizz", "numb", "tingl", "weakness", "lightheaded", "faint",
                "seizure", "memory"));
        ROS.put("Psychiatric", List.of("depress", "anxi", "suicid", "mood", "stress", "sleep", "harm yourself",
                "hurt yourself"));
        ROS.put("Skin", List.of("rash", "itch", "skin", "bruis", "lesion"));
        ROS.put("Endocrine", List.of("thirst", "heat intolerance", "cold intolerance", "sugar", "diabetes"));
        ROS.put("Hematologic/Lymphatic", List.of("bleed", "lymph", "swollen gland"));

        EXAM.put("Vitals", List.of("blood pressure", "heart rate", "pulse ox", "oxygen", "temperature", "respiratory rate",
                "vitals", "vital signs", "weight", "bmi"));
        EXAM.put("Constitutional", List.of("distress", "well-appearing", "well appearing", "ill-appearing",
                "uncomfortable", "toxic"));
        EXAM.put("Psychiatric", List.of("eye contact", "mood", "affect", "judgment", "insight", "thought", "speech",
                "hallucinat", "suicidal", "paranoi", "calm", "anxious"));
        // "rub" would be read in "rubbery"
        EXAM.put("Cardiovascular", List.of("murmur", "heart", "regular rate", "rhythm", "gallop", "friction rub", "rubs",
                "carotid", "pulses", "edema", "oedema", "capillary refill", "neck veins", "jugular venous"));
        EXAM.put("Respiratory", List.of("lung", "chest is clear", "chest clear", "chest sounds clear", "breath sound",
                "wheez", "crackle", "rales", "rhonchi", "auscultation",
                "retraction", "air movement", "air entry", "accessory muscle", "work of breathing", "stridor", "barky",
                "full sentences"));
        EXAM.put("Gastrointestinal", List.of("abdomen", "abdominal", "belly", "tummy", "bowel sounds", "liver",
                "spleen", "suprapubic", "pubic bone", "under the right ribs", "under the left ribs", "under the ribs",
                "below the ribs", "upper quadrant", "epigastric", "epigastrium", "lower quadrant"));
        EXAM.put("Neck", List.of("neck", "thyroid", "lymphadenopathy", "under the jaw", "submandibular",
                "cervical node", "cervical lymph", "jvd"));
        EXAM.put("Head and Face", List.of("head", "face", "sinus"));
        EXAM.put("Ears, Nose, Mouth and Throat", List.of("ear", "nose", "throat", "tonsil", "oropharynx", "mouth",
                "tympanic", "nasal", "eardrum", "pharynx", "uvula", "teeth", "gums", "hoarse", "lip", "tongue", "voice"));
        EXAM.put("Eyes", List.of("eye", "pupil", "conjunctiva", "vision", "optic disc", "fundi", "fundus",
                "fundoscopy", "papilloedema", "papilledema", "retina"));
        EXAM.put("Neurological", List.of("neuro", "reflex", "sensation", "strength", "cranial", "gait", "alert",
                "oriented", "cranial nerve", "romberg", "nerve", "drift", "followed my finger", "finger-nose"));
        EXAM.put("Integumentary", List.of("skin", "rash", "lesion", "wound", "incision", "bruis", "laceration",
                "erythema", "cellulitis", "abscess", "mole", "plaque", "scale", "scaling", "pitting of the nail",
                "nail pit", "psoria", "foreign body", "scaly", "keratos", "ulcer", "fingernail", "waxy", "stuck on",
                "pigment"));
        // before the joints: "no tenderness over her kidneys" is the renal angle
        EXAM.put("Genitourinary", List.of("testic", "scrot", "penis", "vagin", "cervix", "costovertebral", "cva",
                "prostate", "rectal", "kidneys", "renal angle", "flank"));
        EXAM.put("Musculoskeletal", List.of("knee", "shoulder", "hip", "ankle", "elbow", "wrist", "back", "spine",
                "range of motion", "tender", "palpation", "swelling", "effusion", "joint", "finger", "hand", "foot",
                "leg", "arm", "extremit", "straight leg", "drawer", "lachman", "mcmurray", "strength", "spasm",
                "meniscus", "joint line", "ligament", "tendon", "muscle", "flexion", "extension", "rotation",
                "abduction", "elevation", "painful arc", "hawkins", "neer", "empty can", "impingement", "paraspinal"));
    }

    private static final List<String> POWER = List.of("power", "limbs", "pronator drift", "facial droop");
    private static final List<String> LESIONS = List.of("wheal", "welt", "hives", "urticaria", "papule", "macule",
            "vesicle", "pustule", "dermatographism", "dermographism", "marks");

    private BodySystems() {
    }

    static String of(Map<String, List<String>> systems, String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        // "power is normal in all four limbs and his speech is normal": a neurological exam, not the mind's
        if (systems == EXAM && POWER.stream().anyMatch(w -> startsAWord(p, w))) {
            return "Neurological";
        }
        // "raised red wheals on the abdomen and both forearms": what the skin shows, wherever it is
        if (systems == EXAM && LESIONS.stream().anyMatch(w -> startsAWord(p, w))) {
            return "Integumentary";
        }
        for (Map.Entry<String, List<String>> e : systems.entrySet()) {
            if (systems == EXAM && e.getKey().equals("Vitals") && !p.matches("(?s).*(?:\\d|vital).*")) {
                continue; // "shifting weight", "oxygen mask": no reading
            }
            for (String w : e.getValue()) {
                if (startsAWord(p, w)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static boolean startsAWord(String phrase, String word) {
        for (int i = phrase.indexOf(word); i >= 0; i = phrase.indexOf(word, i + 1)) {
            if (i == 0 || !Character.isLetter(phrase.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
