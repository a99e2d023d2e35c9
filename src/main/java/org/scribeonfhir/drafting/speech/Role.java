package org.scribeonfhir.drafting.speech;

import java.util.Locale;

/** Who speaks a turn, as far as the note is concerned. */
public enum Role {
    /** Doctor, nurse practitioner, physician assistant, nurse: the note's author side. */
    CLINICIAN,
    PATIENT,
    /** A parent, spouse or other companion: their "I" is not the patient. */
    COMPANION,
    /** Speaks for the patient: their "he/she says" is the patient's history. */
    INTERPRETER,
    OTHER;

    private static final java.util.regex.Pattern CLINICIAN_TAG = java.util.regex.Pattern.compile("doctor|dr|physician|"
            + "clinician|provider|nurse|midwife|np|pa|nurse_practitioner|physician_assistant|resident|attending|md|do|"
            + "therapist|psychiatrist|counselor|medic|clinician_\\w+");

    private static final java.util.regex.Pattern ASSISTING_TAG = java.util.regex.Pattern.compile("nurse|ma|"
            + "medical_assistant|assistant|hca|tech\\w*|rn|lpn");

    /** A nurse's or assistant's tag: the clinician side, but not the one who makes the plan. */
    public static boolean assisting(String tag) {
        return tag != null && ASSISTING_TAG.matcher(tag.toLowerCase(Locale.ROOT).replace(' ', '_')).matches();
    }

    /** The role a recorder's speaker tag stands for ({@code doctor}, {@code patient_guest}, {@code mom}…). */
    public static Role ofTag(String tag) {
        String t = tag == null ? "" : tag.toLowerCase(Locale.ROOT).replace(' ', '_');
        if (CLINICIAN_TAG.matcher(t).matches()) {
            return CLINICIAN;
        }
        if (t.equals("patient") || t.equals("pt") || t.equals("child") || t.equals("teen")) {
            return PATIENT;
        }
        if (t.matches("interpreter|translator")) {
            return INTERPRETER;
        }
        if (t.matches("patient_guest|guest|parent|mother|father|mom|dad|mum|guardian|caregiver|spouse|wife|husband|"
                + "partner|family|family_member|son|daughter|sister|brother|grandmother|grandfather|grandma|"
                + "grandpa|aunt|uncle|friend|companion|relative|carer|grandson|granddaughter|niece|nephew|cousin|"
                + "neighbou?r|(?:daughter|son|mother|father|sister|brother)[-_]in[-_]law")) {
            return COMPANION;
        }
        return OTHER;
    }

    /** How a companion's tag relates them to the patient: parent, spouse or other. */
    public static String relation(String tag) {
        String t = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        if (t.matches("parent|mother|father|mom|dad|mum|guardian")) {
            return "parent";
        }
        if (t.matches("spouse|wife|husband|partner")) {
            return "spouse";
        }
        // "[daughter]" with her 84-year-old mother: the daughter, never a "parent"
        return t.matches("daughter|son|sister|brother|niece|nephew|granddaughter|grandson|caregiver|carer|friend|"
                + "(?:daughter|son)-in-law")
                ? t : "other";
    }
}
