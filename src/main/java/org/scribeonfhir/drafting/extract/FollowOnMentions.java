package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/** Sentences that name no drug but go on about the one just named: a correction, the order, its dose. */
final class FollowOnMentions {

    /** "That's two of your 500 milligram tablets with breakfast": how to make up the dose, not a new dose. */
    private static final Pattern STRENGTH = Pattern.compile("(?i)\\b(?:\\d+|a half|half|one|two) (?:of )?(?:your |the |"
            + "those |these |a )?(?:(?:little|small|tiny|big|white|low[- ]dose) )?\\d+(?:\\.\\d+)? ?(?:mg|mcg|milligrams?|"
            + "micrograms?)(?: tablets?| pills?| capsules?)\\b"
            // "That's one and a half tablets of the hundred every morning."
            + "|\\b(?:\\d+(?:\\.\\d+)?|a half|half|one|two) (?:tablets?|pills?|capsules?) of (?:the|your|those) "
            + "(?:\\d+(?:\\.\\d+)?|hundred)\\b");

    private FollowOnMentions() {
    }

    /** The mention a sentence without a drug makes of the drug just named, or null. */
    static Mention of(Context c, Utterance u, List<Mention> so) {
        Mention corrected = DoseCorrections.of(c, u, so);
        // "25 milligrams once a day. … If the potassium is under 5.5, then we go up to 50 milligrams.": a step that
        // waits on a result, which its own contingency line says; the dose started is the first
        boolean step = IF_THEN.matcher(u.text()).lookingAt() && !so.isEmpty() && so.get(so.size() - 1).dose() != null;
        if (corrected == null && !step) {
            corrected = continuation(c, u, so);
        }
        if (corrected == null && !step) {
            corrected = doseStatement(c, u, so);
        }
        if (corrected == null) {
            corrected = stoppedAnswer(c, u, so);
        }
        if (corrected == null) {
            corrected = readBackCorrected(c, u, so);
        }
        if (corrected == null) {
            corrected = KeptOff.of(c, u, so);
        }
        if (corrected == null) {
            corrected = OwnSig.of(u, so);
        }
        return Tapers.stepOf(so, corrected) ? null : corrected; // the taper has its days already
    }

    private static final Pattern NOW_ON = Pattern.compile("(?i)^\\W*(?:(?:no|oh|actually|well)\\W+)*(?:it's|it is|"
            + "i'm on|i take|they put it up to|it went up to|it went down to|they (?:upped|raised|lowered) it to)\\s+"
            + "(\\d+(?:\\.\\d+)?)(?:\\s*(?:mg|milligrams?|mcg|micrograms?))?\\s+(?:now|these days|at the moment)\\b");

    /**
     * "I've got amlodipine five milligrams once a day." "It's ten now.": the patient corrects the dose the
     * clinician read back from the chart, and that dose is what they take.
     */
    private static Mention readBackCorrected(Context c, Utterance u, List<Mention> so) {
        if (so.isEmpty() || !u.historySide() || u.index() != 0) {
            return null;
        }
        Mention prev = so.get(so.size() - 1);
        java.util.regex.Matcher m = NOW_ON.matcher(u.text());
        if (!prev.where().clinician() || prev.where().turn() != u.turn() - 1 || prev.dose() == null
                || !endsOn(prev) || !m.lookingAt()) {
            return null;
        }
        String dose = Quantities.clean(m.group(1)) + prev.dose().replaceAll("^[\\d.]+", "");
        return new Mention(prev.drug(), prev.said(), prev.term(), dose, null, null, null, "taking", false, u, -1,
                null);
    }

    /**
     * "Sertraline. We'll start with 25 milligrams once a day": the clinician's order in the sentence after the
     * one that named the drug, without naming it again.
     */
    private static Mention continuation(Context c, Utterance u, List<Mention> so) {
        // the plan, or an order said while the history was still being taken ("we should go up on the sertraline")
        if (so.isEmpty() || !u.clinician() || c.part(u) != Part.PLAN && !so.get(so.size() - 1).plan() || u.question()
                || STRENGTH.matcher(u.text()).find()) {
            return null;
        }
        Mention prev = so.get(so.size() - 1);
        Utterance before = prev.where();
        boolean adjacent = before.turn() == u.turn() && before.index() == u.index() - 1
                || before.turn() == u.turn() - 1 && before.clinician() && u.index() == 0;
        String ordered = DoseSentences.orderedBetween(c, before, u);
        Mention applied = u.turn() - before.turn() <= 2 ? AppliedSig.of(u, prev) : null;
        if (applied != null || !adjacent && ordered == null) {
            return applied; // "Put that cream on the red patches once a day" a question after the cream's order
        }
        // "restart it at 300 milligrams, sorry, no, let me correct that, at 100": the dose after the correction;
        // "increase it to forty milligrams twice a day, no, sorry, once a day": only the frequency was taken back
        int cut = Math.max(0, DoseCorrections.lastCorrection(u.text()));
        int from = cut;
        Quantity dose = DoseSentences.firstDose(u.text().substring(cut));
        if (dose == null && cut > 0) {
            from = 0;
            dose = DoseSentences.firstDose(u.text());
        }
        if (dose == null || !DoseSentences.fits(prev, dose.text())
                || DoseSentences.unnamedDrug(u.text().substring(0, from + dose.start()))) {
            return null;
        }
        String action = MedicationActions.action(u, u.text().substring(0, from + dose.start()), true);
        if ((action == null || action.equals("continue-implied")) && ordered != null) {
            action = ordered;
        }
        if (action == null || action.equals("continue-implied")) {
            return null;
        }
        // "I'll give him a dose of prednisolone." "I'll give him forty, sorry, twenty milligrams": given here
        action = "given".equals(prev.action()) && "start".equals(action) && adjacent ? "given" : action;
        String frequency = Sig.frequency(u.text().substring(cut));
        return new Mention(prev.drug(), prev.said(), prev.term(), FirstDay.dose(u.text().substring(from), dose.text()),
                Sig.route(u.text()), frequency != null ? frequency : Sig.frequency(u.text()), Sig.duration(u.text()),
                action, true, u, -1, null);
    }

    private static final Pattern IF_THEN = Pattern.compile("(?i)^\\W*(?:and |but |so )?(?:if|only if|unless)\\b"
            + "[^;]*?,\\s*(?:then\\s+)?(?:we|i)(?:'ll| will)? (?:go up|increase|put it up|double|raise)\\b");

    private static final Pattern STOPPED_IT = Pattern.compile("(?i)\\b(?:stopped|quit|stopped taking|stopped using|"
            + "(?:am|'m) not (?:taking|using)|haven't (?:been )?(?:taking|taken|using|used)|ran out of|gave up|"
            + "came off|went off|never (?:took|started|filled|picked up|got)) (?:it|them|that|those|these|"
            + "(?:the|my) (?:patch(?:es)?|"
            + "pills?|tablets?|capsules?|spray|inhaler|injections?|drops|cream|gel))\\b");

    private static final Pattern REFERS = Pattern.compile("(?i)^(?:and |so )?(?:(?:are|do|have) you (?:still )?"
            + "(?:been )?(?:using|taking|on) (?:that|it|them|those)|how(?:'s| is| are) (?:that|it|they|those) "
            + "(?:going|working|doing))\\W*$");

    /**
     * "Are you using the fluticasone inhaler?" "Not really, I stopped it over the summer": the drug the question
     * named, stopped. Also the chart read back without a question's mark: "… and I have simvastatin twenty at
     * night" "Yeah, so I stopped that in July" (the drug the clinician ended on).
     */
    private static Mention stoppedAnswer(Context c, Utterance u, List<Mention> so) {
        if (so.isEmpty() || !u.historySide() || !STOPPED_IT.matcher(u.text()).find()) {
            return null;
        }
        Utterance asked = c.dialogue.questionFor(u);
        Mention prev = so.get(so.size() - 1);
        if (asked == null && u.index() == 0 && prev.where().clinician() && prev.where().turn() == u.turn() - 1
                && endsOn(prev)) {
            asked = prev.where();
        } else if (asked == null || prev.where().turn() != asked.turn() || c.vocabulary.find(Term.Kind.DRUG,
                asked.text()).stream().map(Match::term).distinct().count() != (REFERS.matcher(asked.text()).find()
                ? 0 : 1)) {
            // "…the fluticasone on your list. Are you using that?": the question names the drug or points to it
            return null;
        }
        return new Mention(prev.drug(), prev.said(), prev.term(), null, null, null, null, "stopped", false, u, -1,
                null);
    }

    /** The clinician's sentence ends a few words after the drug: "i have simvastatin twenty at night". */
    private static boolean endsOn(Mention m) {
        String text = m.where().text();
        int at = text.toLowerCase(Locale.ROOT).lastIndexOf(m.said().toLowerCase(Locale.ROOT));
        return at >= 0 && text.substring(at + m.said().length()).strip().split("\\s+").length <= 5;
    }

    private static final Pattern DOSE_LEAD = Pattern.compile("(?i)^\\W*(?:(?:so|okay|and|now|yeah|yes|right)\\W+)?"
            // "Take one tablet of it, 875 milligrams…", "We'll start at fifty milligrams": the order's sig
            + "(?:(?:(?:you|she|he)(?:'ll|'d| will| would| should)? )?take (?:one|two|three|a|half|it|them|\\d+)\\b|"
            + "(?:we'll|we will|let's|i'll|i will) start (?:you |him |her )?(?:at|on|with) (?:\\d|a|one|half)|(?:for "
            + "[a-z ]{3,30}?,? |(?:the|a|it's|it is) [a-z ]{3,30}?,? (?=it's|it is|that's))?(?:the dose(?: is|'s| "
            + "will be| would be)?|(?:it's|it is|that's|that is|that'll be|that will be) (?:\\d|[a-z]+(?: [a-z]+)?,? "
            + "(?:sorry|no|i mean)\\b)|(?:she|he|you)(?:'ll| will) "
            + "(?:take|get|have) \\d|\\d+(?:\\.\\d+)? ?(?:mg|mcg|milligrams?|micrograms?|ml|units|puffs?|tablets?|"
            + "capsules?)\\b))");

    /**
     * "We'll use cefdinir instead." … "The dose is 105 milligrams twice a day": the dose of the drug just ordered,
     * said a turn or two later without naming it; or the sig alone after a weight-based sum ("40 milligrams once
     * a day for five days").
     */
    private static Mention doseStatement(Context c, Utterance u, List<Mention> so) {
        if (so.isEmpty() || !u.clinician() || u.question() || STRENGTH.matcher(u.text()).find()) {
            return null;
        }
        // "…send in some naproxen." "Is that stronger than the ibuprofen?" "It's 500 milligrams": the order's dose
        int i = so.size() - 1;
        while (i > 0 && !so.get(i).where().clinician() && u.turn() - so.get(i).where().turn() <= 2) {
            i--;
        }
        // "I'm going to give you colchicine." … "Yes, it's fine with amlodipine. It's 500 micrograms.": the drug
        // ordered, not the one only named beside it
        for (int k = i; k >= 0 && u.turn() - so.get(k).where().turn() <= 3; k--) {
            String a = so.get(k).action();
            if (a != null && a.matches("start|restart|increase|decrease|switch|given")) {
                i = k;
                break;
            }
            if (a != null && !a.matches("continue-implied|taking")) {
                break;
            }
        }
        Mention prev = so.get(i);
        if (c.part(u) != Part.PLAN && !prev.plan()) {
            return null;
        }
        // within the turn that named the drug, the sig needs no lead ("… so 600 milligrams twice a day")
        if (!prev.plan() || u.turn() - prev.where().turn() > 3 || prev.action() == null
                || !prev.action().matches("start|restart|increase|decrease|switch|continue-implied|given")
                || !DOSE_LEAD.matcher(u.text()).find() && u.turn() != prev.where().turn()) {
            return null;
        }
        String dose = null;
        int at = 0;
        // "i'll do two hundred milligrams um no let's do one hundred": the dose after the correction
        int cut = Math.max(0, DoseCorrections.lastCorrection(u.text()));
        for (Quantity q : Quantities.find(u.text())) {
            if (q.start() >= cut && SpokenDoses.isDose(q)) {
                dose = q.text();
                at = q.start();
                break;
            }
        }
        if (dose != null && COMES_AS.matcher(u.text().substring(0, at)).find()) {
            return null; // "It comes as 2.5 milligram tablets, so that's four tablets": the strength, not the dose
        }
        String after = Sig.frequency(u.text().substring(at));
        String frequency = after != null ? after : Sig.frequency(u.text());
        String duration = Sig.duration(u.text());
        String titration = StagedDoses.titration(u.text().substring(at));
        if (titration != null) { // "Ten milligrams twice a day for the first seven days, then from day eight, five…"
            String last = StagedDoses.lastStage(u.text().substring(at));
            dose = titration;
            frequency = Sig.frequency(last);
            duration = Sig.duration(last);
        }
        DoseSentences.Said next = frequency == null ? DoseSentences.sigAfter(c, u) : null;
        if (next != null) {
            frequency = next.frequency();
            duration = next.duration();
        }
        if (dose == null || frequency == null || !DoseSentences.fits(prev, dose)
                || DoseSentences.unnamedDrug(u.text().substring(0, at))) {
            return null;
        }
        return new Mention(prev.drug(), prev.said(), prev.term(), dose, Sig.route(u.text()), frequency,
                duration, prev.action(), true, u, -1, null);
    }

    private static final Pattern COMES_AS = Pattern.compile("(?i)\\b(?:comes?|come) (?:as|in)\\s+(?:the\\s+)?$");
}
