package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Consultation;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "It's Dr Fennimore, returning your call", "can you hold it up to the camera?": a telephone or video
 * consultation. Telephone greetings count only at the start (a later "I'll ring you with the results" is the plan).
 */
final class ConsultationReader {

    /** The greeting of a call: only in the first turns. */
    private static final Pattern CALL_OPENING = Pattern.compile("(?i)\\b(?:returning your call|(?:i'm|i am|just) "
            + "(?:ringing|calling) you back|thanks? (?:you )?for (?:ringing|calling)(?: (?:me )?back)?|thanks for the "
            + "call|(?:telephone|phone) (?:appointment|consultation|consult|call|review)|on the phone (?:today|with "
            + "me)|over the phone today|you're on speaker(?:phone)?|bad line|(?:you )?asked for a call ?back"
            // "Am I speaking to Mrs Treadwell?", "this is Dr Okafor calling from the surgery"
            + "|am i speaking (?:to|with)|calling from the (?:surgery|practice|health cent(?:re|er)|clinic)"
            + "|i'm (?:ringing|calling) (?:about|regarding|to (?:see|check|follow up)))\\b");
    /** "We're on the phone so I can't examine you": said at any point of the call. */
    private static final Pattern ON_THE_PHONE = Pattern.compile("(?i)\\b(?:on|over) the (?:phone|telephone)\\b");
    private static final Pattern HEAR_ME = Pattern.compile("(?i)\\bcan you hear me(?: okay| ok| alright| all right)?\\?");
    private static final Pattern VIDEO = Pattern.compile("(?i)\\b(?:video (?:call|visit|consultation|consult|"
            + "appointment|link)|(?:to|up to|towards|at|into|on) (?:the|your) (?:camera|webcam)|can you see me|"
            + "telehealth|virtual visit|i can see you (?:now|okay|ok|fine|clearly)|you're on (?:the )?screen|"
            + "can you (?:see and hear|hear and see) me|(?:look at|see) you on (?:the )?(?:video|screen)|"
            + "on the video|over video|i can see you (?:both|all)|video follow-up|(?:keep|hold|point) the camera)\\b");
    private static final int OPENING_TURNS = 6;

    private ConsultationReader() {
    }

    /** "Having examined you, your chest … are all OK": an exam said, even when no finding was read from it. */
    private static final Pattern EXAMINED = Pattern.compile("(?i)\\b(?:examin\\w*|exam|saturations?|sats|listen(?:ed)? "
            + "to your (?:chest|lungs|heart)|your (?:chest|lungs|heart) (?:sounds?|sounded|is|was|are))\\b");

    /** "Because we're on the phone I can't examine you": an exam said not to happen. */
    private static final Pattern NOT_EXAMINED = Pattern.compile("(?i)\\b(?:can't|cannot|can not|unable to|not able to|"
            + "won't be able to|without) (?:\\w+ )?(?:examin\\w*|listen)");

    /** The clinician said the patient cannot be examined ("because we're on the phone I can't examine you"). */
    static boolean notExamined(Context c) {
        return c.utterances().stream().anyMatch(u -> u.clinician() && NOT_EXAMINED.matcher(u.text()).find()
                && !SELF_EXAM.matcher(u.text()).find());
    }

    /** "…but can you try something for me?", "but let's do some checks together": the patient examines instead. */
    private static final Pattern SELF_EXAM = Pattern.compile("(?i)\\bbut (?:i'd like you to|i want you to|can you|"
            + "could you|let's|let us|we can)\\b");

    /** How the visit took place; a remote visit in which the clinician speaks of an exam reads as in person. */
    static Consultation read(Context c) {
        boolean examined = c.utterances().stream().anyMatch(u -> u.clinician() && !u.question()
                && EXAMINED.matcher(u.text()).find() && !NOT_EXAMINED.matcher(u.text()).find());
        if (examined) {
            return Consultation.IN_PERSON;
        }
        for (Utterance u : c.utterances()) {
            if (VIDEO.matcher(u.text()).find()) {
                return new Consultation("video", Support.of(0.8, u.turn()));
            }
        }
        for (Utterance u : c.utterances()) {
            if (u.turn() <= OPENING_TURNS && (CALL_OPENING.matcher(u.text()).find() || HEAR_ME.matcher(u.text()).find())
                    || u.clinician() && ON_THE_PHONE.matcher(u.text()).find()
                    && NOT_EXAMINED.matcher(u.text()).find()) {
                return new Consultation("telephone", Support.of(0.8, u.turn()));
            }
        }
        return Consultation.IN_PERSON;
    }
}
