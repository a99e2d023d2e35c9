package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.model.Labels;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * Assigns each sentence to a part of the visit. A clinician's statement that names an exam, a result or a plan
 * moves the visit into that part; the sentences after it stay there until another cue. A question about
 * symptoms takes the visit back to the history. Where a clinician's statement has no cue, a confident
 * section head decides for that sentence alone.
 */
final class Phases {

    static final Pattern INTRO = Pattern.compile("(?i)(?:\\bis|'s) an? \\d{1,3}[- ](?:year|month|week|day)[- ]old\\b");
    private static final Pattern HISTORY_QUESTION = Pattern.compile("(?i)\\b(?:how long|when did|what brings you|"
            + "(?:do|have|are|did) you (?:have|had|been having|notice|noticed|experience|experiencing|feel|get)|"
            + "any (?:fever|chest|pain|shortness|nausea|vomiting|cough|other symptoms|allergies|medications|surgeries)|"
            + "tell me (?:about|what happened)|family history|do you (?:smoke|drink)|allergic|what do you do for (?:work|a "
            + "living)|(?:any|what) (?:other )?(?:medical problems|regular (?:medicines?|medications?|tablets)))\\b");
    /** "What have you been taking for it?": a history question the exam's probes ("any pain here?") never are. */
    private static final Pattern HISTORY_ONLY = Pattern.compile("(?i)\\b(?:what (?:have you been|are you|do you) "
            + "(?:taking|take|using|use)|(?:any|which|what) (?:medications?|medicines?|allergies)|family history|"
            + "do you (?:smoke|drink)|how long|when did (?:it|this|that|the \\w+) start|what do you do for (?:work|a "
            + "living)|any (?:other )?medical problems)\\b");
    /** "Right, now your chest. What's going on there?": the story of a new complaint, wherever "there" is. */
    private static final Pattern OPEN_STORY = Pattern.compile("(?i)\\bwhat's (?:been )?(?:going on|happening)\\b");
    /** A probe of the exam: "does it hurt when I press here?", "any pain with this?". */
    private static final Pattern PROBE = Pattern.compile("(?i)\\b(?:here|there|this|that one|press|push|squeeze|"
            + "move|bend|lift|breathe|look|when i|for me)\\b");
    private static final Pattern ASKS_STORY = Pattern.compile("(?i)^\\W*(?:(?:so|okay|ok|now|and|alright|all right|"
            + "right)\\W+)*(?:tell me (?:about|more about|what happened|how)|walk me through|talk me through)\\b|"
            + "\\bso tell me (?:about|more about|what|how)\\b");
    /** "It's a virus that makes the windpipe swell": what the diagnosis just said is, not the exam going on. */
    private static final Pattern EXPLAINS = Pattern.compile("(?i)^\\W*(?:it's|it is) an? ");
    /** "There's no temperature, the phlegm is clear, and everything points to…": findings as the reasons, planning. */
    private static final Pattern REASONS = Pattern.compile("(?i)\\b(?:points? to|pointing to|which is why|that's why|"
            + "suggests?|in keeping with|consistent with|fits with)\\b");
    private static final Pattern HAND_OVER = Pattern.compile("(?i)^\\W*(?:here you go|here you are|there you go)\\b");
    /** Who hands over the vitals before the clinician sees the patient. */
    private static final Pattern HAND_OVER_BY = Pattern.compile("(?i)nurse|ma|medical_assistant|triage");
    private static final Pattern SOMEONE = Pattern.compile("(?i)\\b(?:someone|somebody|people|a person)\\b");
    private static final Pattern AT_HOME = Pattern.compile("(?i)\\b(?:at home|in the house)\\?");
    private static final double HEAD = 0.75;
    private static final Pattern EXAM_INSTRUCTION = Pattern.compile("(?i)\\b(?:i'd like you to|i want you to|can you|"
            + "could you)\\s+(?:take a (?:big |deep )?breath|count|breathe|open|look|follow|squeeze|push|lift|raise|"
            + "stand|walk|hold|tilt|press|touch)\\b");
    private static final Pattern STILL_TAKING = Pattern.compile("(?i)\\b(?:(?:are you|you're) still (?:taking|on|"
            + "using)|do you still (?:take|use))\\b");
    /** Referring and ordering are the plan even when an exam or a result is named ("a referral for an eye exam"). */
    private static final Pattern REFERS = Pattern.compile("(?i)\\b(?:refer|referral|referring|i'll order|i'm ordering|"
            + "i'll send|i'm sending|i'm putting in|we'll send|i'll prescribe|i'm prescribing)\\b");

    private Phases() {
    }

    private static final Pattern ORDERS_NOW = Pattern.compile("(?i)^\\W*(?:(?:so|and|now|okay)\\W+)*(?:stop|start|"
            + "hold|use|keep (?:going with|taking)|switch (?:to|from))\\b");

    static Part[] assign(Context c) {
        List<Utterance> all = c.utterances();
        Part[] parts = new Part[all.size()];
        Part running = Part.HISTORY;
        boolean examined = false;
        // no finding yet since the exam's cue: "let's have a look and see" said before the history is done
        boolean examOpen = false;
        boolean examinedAtCue = false;
        int lastExam = Integer.MIN_VALUE / 2;
        boolean heard = false;
        boolean doctorSpoke = false;
        for (int i = 0; i < all.size(); i++) {
            Utterance u = all.get(i);
            Part own = null;
            // the story starts once the patient speaks to someone other than the nurse doing the vitals
            heard |= u.historySide() && doctorSpoke;
            doctorSpoke |= u.clinician() && (u.speaker() == null || !HAND_OVER_BY.matcher(u.speaker()).matches());
            if (u.clinician() && !u.question() && !INTRO.matcher(u.text()).find()) {
                own = cue(u.text());
                // "…what I see is chronic sinusitis without polyps plus a deviated septum": the impression
                own = own == null && running != Part.PLAN && Impressions.said(c, u.text(), running) ? Part.PLAN : own;
                if ((own == Part.EXAM || own == Part.PLAN) && !heard && u.speaker() != null
                        && HAND_OVER_BY.matcher(u.speaker()).matches()) {
                    // "vitals are done, temp is 99.1", "he's due for his flu shot, I'll give it before he goes": the
                    // nurse's hand-over before anyone has told the story opens neither the exam nor the plan
                    parts[i] = own;
                    continue;
                }
                if (own == Part.EXAM && running != Part.EXAM) {
                    examinedAtCue = examined;
                }
                if (own == Part.PLAN && running == Part.EXAM && EXAM_INSTRUCTION.matcher(u.text()).find()) {
                    own = null; // "Now I'd like you to take a big breath in and count out loud": still the exam
                }
                if (own == Part.PLAN && !examined && !Cues.STRONG_PLAN.matcher(u.text()).find()
                        && (double) i / all.size() < 0.5 && !ordersSomething(c, u)) {
                    own = null;
                }
                examined |= own == Part.EXAM || own == Part.RESULTS;
                // "So no known drug allergies. Stop the naproxen while you're on the prednisone.": an order after the exam
                if (own == null && running != Part.PLAN && (running != Part.HISTORY || examined
                        && ORDERS_NOW.matcher(u.text()).lookingAt()) && ordersSomething(c, u)
                        && Cues.ORDER_VERB.matcher(u.text()).find()) {
                    own = Part.PLAN;
                }
                // "Here you go, doctor.": a hand-over, not the end of the results
                if (own == null && running == Part.RESULTS && !Cues.RESULT_WORDS.matcher(u.text()).find()
                        && !HAND_OVER.matcher(u.text()).find()) {
                    running = examined ? Part.PLAN : Part.HISTORY;
                }
                if (own == null && running == Part.EXAM && !examFinding(u.text())) {
                    // no cue after the exam: a confident section head may still see the plan or a result; a result
                    // is that sentence's alone ("The top of the fibula is fine." between two findings)
                    Part h = head(c.sections(u));
                    if (h == Part.RESULTS && !Diagnoses.assesses(c, u)) {
                        parts[i] = h;
                        continue;
                    }
                    own = h == Part.PLAN ? h : null;
                }
                if (own == null && running == Part.PLAN && i - lastExam <= 2 && examFinding(u.text())
                        && !EXPLAINS.matcher(u.text()).find() && !REASONS.matcher(u.text()).find()
                        && !Diagnoses.assesses(c, u)) {
                    // "BP 158/94. I'll repeat it at the end. Heart rate 72.": the exam goes on after an aside
                    own = Part.EXAM;
                }
                // a telephone consultation has no exam: the impression is the assessment when the plan follows it
                if (own == null && (examined || planFollows(c, all, i)) && (Diagnoses.assesses(c, u)
                        || StatedProblems.assesses(c, u.text()))) {
                    own = Part.PLAN;
                }
                if (own == Part.EXAM && running != Part.EXAM) {
                    examOpen = !examFinding(u.text());
                } else if ((own == Part.EXAM || own == null && running == Part.EXAM) && examFinding(u.text())) {
                    examOpen = false;
                }
                // "Last time you told me you'd had some thoughts… Have you had thoughts like that?": the history again
                boolean recalls = Cues.RECALLS.matcher(u.text()).find() && i + 1 < all.size()
                        && all.get(i + 1).clinician() && all.get(i + 1).question();
                if (own == null && running != Part.HISTORY && (recalls || ASKS_STORY.matcher(u.text()).find())) {
                    running = Part.HISTORY; // "Tell me about the knee.": a request, asked without a question mark
                }
                if (own != null) {
                    running = own;
                } else if (running == Part.HISTORY) {
                    own = head(c.sections(u));
                    if (own == Part.PLAN && !examined && (double) i / all.size() < 0.5 && !ordersSomething(c, u)) {
                        // "you've been going through a lot lately": early talk that orders nothing is not the plan
                        own = null;
                    }
                    examined |= own == Part.EXAM && examFinding(u.text()); // a finding with no cue is examined too
                }
            } else if (u.clinician() && u.question() && Cues.EXAM_REQUEST.matcher(u.text()).find()) {
                running = Part.EXAM;
                examined = true;
            } else if (u.clinician() && u.question() && running == Part.EXAM
                    && ((HISTORY_ONLY.matcher(u.text()).find() || symptoms(c, u) > 1)
                    && !PROBE.matcher(u.text()).find() || OPEN_STORY.matcher(u.text()).find())) {
                // the history goes on after an early "let's have a look" (nothing was examined yet), or after the
                // exam ("All normal. Any medical problems, any regular medicines?")
                running = Part.HISTORY;
                examined = examOpen ? examinedAtCue : examined;
                examOpen = false;
            } else if (u.clinician() && u.question() && running != Part.HISTORY && running != Part.EXAM
                    && !(running == Part.PLAN && SOMEONE.matcher(u.text()).find())) {
                // "when someone has got fever and sweats, we want to find out have they got a chest infection?":
                // the reasoning explained, no question of this patient's history
                boolean symptom = asksSymptom(c, u);
                // "Do you have any aspirin in the house?" asked in the plan is about the plan's drug, not the history
                // "your last A1c was 7.2… are you still taking the metformin?": before any exam, the medicines' review
                // "Do you have a spacer at home?": what the plan needs to hand, not the history again
                if ((symptom || HISTORY_QUESTION.matcher(u.text()).find())
                        && (symptom || running != Part.PLAN || !ordersSomething(c, u)
                        && !AT_HOME.matcher(u.text()).find())
                        || lastExam < 0 && STILL_TAKING.matcher(u.text()).find()) {
                    running = Part.HISTORY;
                }
            }
            parts[i] = own != null ? own : running;
            lastExam = parts[i] == Part.EXAM ? i : lastExam;
        }
        return parts;
    }

    /** The clinician's next statements (before the patient's next question or a history question) are the plan. */
    private static boolean planFollows(Context c, List<Utterance> all, int i) {
        // the next six of the clinician's sentences, whatever the patient says between them
        for (int k = i, said = 0; k < Math.min(all.size(), i + 12) && said < 6; k++) {
            Utterance next = all.get(k);
            said += next.clinician() ? 1 : 0;
            if (next.question() && next.clinician()) {
                return false;
            }
            if (!next.clinician()) {
                continue; // "Oh, that's a relief.", "Can I take Imodium?": the patient's reply before the plan
            }
            if (cue(next.text()) == Part.PLAN || ordersSomething(c, next) && Cues.ORDER_VERB.matcher(next.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** "Heart rate 72.", "Lungs clear.": a finding stated, not something to do. */
    private static boolean examFinding(String text) {
        return (ExamReader.FINDING.matcher(text).find() || ExamReader.VITAL.matcher(text).find())
                && BodySystems.of(BodySystems.EXAM, text) != null && !text.toLowerCase(java.util.Locale.ROOT)
                .matches("(?s).*\\b(?:you(?!'re)|we|let's|i'll|i will|should|need|want|if|call|come back)\\b.*");
    }

    /** A plan sentence naming a drug or a test ("let's get an x-ray"), not just "we'll get you something". */
    private static boolean ordersSomething(Context c, Utterance u) {
        return !c.vocabulary.find(u.text(), org.scribeonfhir.drafting.lexicon.Term.Kind.DRUG,
                org.scribeonfhir.drafting.lexicon.Term.Kind.TEST).isEmpty();
    }

    /** "Any diarrhea, vomiting?": a question about symptoms, not about the plan. */
    /** "Any chest pain, fevers, coloured phlegm?" in the exam asks the history again: it names several symptoms. */
    private static long symptoms(Context c, Utterance u) {
        return c.vocabulary.find(org.scribeonfhir.drafting.lexicon.Term.Kind.SYMPTOM, u.text()).stream()
                .map(m -> m.term().canonical()).distinct().count();
    }

    private static boolean asksSymptom(Context c, Utterance u) {
        return !c.vocabulary.find(org.scribeonfhir.drafting.lexicon.Term.Kind.SYMPTOM, u.text()).isEmpty()
                && !u.text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(?:if|call|come back)\\b.*");
    }

    private static final java.util.regex.Pattern CONDITIONAL = java.util.regex.Pattern.compile(
            "(?s)^(?:\\W*(?:and|so|but|now) )?(?:if|in case|once|when) .*");

    /** "So, number one, I'm booking you into the DVT clinic", "number 2 a pelvic ultrasound": a numbered plan. */
    private static final Pattern NUMBERED = Pattern.compile("(?i)^\\W*(?:(?:so|okay|ok|right|now|and|well)\\W+)*"
            + "(?:number (?:one|two|three|four|five|six|[1-9])|step one|first things? first)\\b(?! of\\b)");

    /** The part a clinician's statement names, or null. */
    static Part cue(String text) {
        if (Cues.VITALS_READ.matcher(text).find() || Cues.BEDSIDE_TEST.matcher(text).find()) {
            return Part.EXAM;
        }
        boolean plan = Cues.PLAN.matcher(text).find() || Cues.STRONG_PLAN.matcher(text).find();
        // "I'll see you back in eight weeks, after the CT": the follow-up, whatever result it waits for
        if (REFERS.matcher(text).find() || NUMBERED.matcher(text).find() || PlanWording.FOLLOW_UP.matcher(text).find()
                && !text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(?:showed|shows|came back)\\b.*")) {
            return Part.PLAN;
        }
        boolean conditional = CONDITIONAL.matcher(text.toLowerCase(java.util.Locale.ROOT)).matches();
        java.util.regex.Matcher result = Cues.RESULTS.matcher(text);
        java.util.regex.Matcher problem = Cues.STRONG_PLAN.matcher(text);
        // "for your first problem of your sore throat, I'll swab you for a strep test, and if that's positive…"
        boolean opensProblem = result.find() && problem.find() && problem.start() < result.start();
        if (result.find(0) && !conditional && !opensProblem && !(plan && Cues.ORDERS_TEST.matcher(text).find())) {
            // "They'll repeat the X-rays at two weeks, or get an MRI, which can show the fracture": a test to come
            // "They'll repeat the X-rays…", "…when the results are back": a test to come, no result
            return TO_COME.matcher(text).find() ? null : Part.RESULTS;
        }
        java.util.regex.Matcher exam = Cues.EXAM.matcher(text);
        // "Alright, so your right ear is fine.": the history summed up, not a finding
        if (exam.find() && !RECAP.matcher(text).lookingAt()) {
            // "…we didn't appreciate that on physical exam, I want to go ahead and start you on Flomax": the plan
            // "…your belly is soft so I think you've picked up a virus": the finding as the reason for the impression
            java.util.regex.Matcher then = Cues.PLAN.matcher(text);
            return then.find(exam.end()) || Cues.STRONG_PLAN.matcher(text).find(exam.end()) ? Part.PLAN : Part.EXAM;
        }
        return plan || conditional && Cues.ORDERS_TEST.matcher(text).find() ? Part.PLAN : null;
    }

    private static final Pattern TO_COME = Pattern.compile("(?i)\\b(?:they|we|i)(?:'ll| will| would| can) "
            + "(?:repeat|redo|get|arrange|book|order)\\b|"
            + "\\b(?:when|once|until|after|if) (?:the |your |his |her )?[a-z0-9 -]{0,20}(?:'s|'re| is| are| comes?) "
            + "back\\b");

    private static final Pattern RECAP = Pattern.compile("(?i)^\\W*(?:(?:alright|all right|ok|okay|right)\\W+)?so "
            + "(?:your|the|you|his|her)\\b[^.?]{0,40}\\b(?:is|are|'s|'re) (?:fine|okay|ok|alright|all right|good|"
            + "normal)\\b");

    private static Part head(float[] p) {
        if (p == null) {
            return null;
        }
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        if (p[best] < HEAD) {
            return null;
        }
        return switch (Labels.SECTIONS.get(best)) {
            case NoteHeaders.PHYSICAL_EXAM -> Part.EXAM;
            case NoteHeaders.RESULTS -> Part.RESULTS;
            case NoteHeaders.ASSESSMENT_AND_PLAN -> Part.PLAN;
            default -> null;
        };
    }
}
