package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;

/** A dose said and taken back: "20 — no, sorry, 40" keeps what follows; "…no, sorry, that's the cold sore dose". */
final class DoseCorrections {

    private static final Pattern FIX_NEXT = Pattern.compile("(?i)^\\W*(?:(?:oh|no|wait|sorry|actually|hang on|hold on)"
            + "\\W+)+(?:let me (?:fix|correct) (?:that|this|myself)\\W*)?$");
    private static final Pattern SO_ITS = Pattern.compile("(?i)^.*\\bso,? (?:it's|it is|that's|that is|we give|he gets|"
            + "she gets)\\b");

    /** A self-correction; "not more than 3000 a day" is a limit, not a correction. */
    static final Pattern CORRECTION = Pattern.compile("(?i)(?:\\b(?:no|nope|sorry|i mean|i meant|actually|wait|"
            + "rather|make (?:that|it)|scratch that|correction|oops|my mistake|let me correct|not)\\b(?! (?:more|"
            + "over|above|to exceed|exceeding|greater|higher|less|fewer)\\b)[,.]?|—|--)");
    /** "…no, sorry, that's the cold sore dose" takes a dose back; "one every day with no break" does not. */
    private static final Pattern TAKEN_BACK = Pattern.compile("(?i)\\b(?:no(?=\\s*[,.;!?—-]|\\s+(?:sorry|wait|actually|"
            + "i mean|that's|that is|it's|it is|scratch)\\b|\\s*$)|sorry|wait|scratch that|i mean|oops|my mistake)\\b");

    private DoseCorrections() {
    }

    /** Where the last correction that a dose or a frequency follows ends in {@code text}, or -1. */
    static int lastCorrection(String text) {
        Matcher m = CORRECTION.matcher(text);
        int last = -1;
        while (m.find()) {
            if (m.group().toLowerCase(java.util.Locale.ROOT).startsWith("not")) {
                continue; // "twice a day, not at bedtime", "forty, not twenty": what follows "not" is what is not meant
            }
            String rest = text.substring(m.end());
            if (m.group().startsWith("—") || m.group().startsWith("--")) {
                rest = Sig.DURATION.matcher(rest).replaceAll(" "); // "twice — sorry, three times — for 7 days" closes
            }
            if (!Quantities.find(rest).isEmpty() || Sig.FREQUENCY.matcher(rest).find()) {
                last = m.end();
            }
        }
        // "at 25 kilos that would be 14 mL twice a day… but she's 23 kilos today, so it's 13 mL": the dose worked out
        Matcher would = WOULD_BUT_SO.matcher(text);
        if (would.find() && !Quantities.find(text.substring(would.end())).isEmpty()) {
            last = Math.max(last, would.end());
        }
        return last;
    }

    private static final Pattern WOULD_BUT_SO = Pattern.compile("(?i)\\bwould (?:be|make it|have been)\\b.*?\\bbut\\b"
            + ".*?\\bso\\b(?:,? (?:it's|it is|that's|that is|that makes|we give|we'll give|she gets|he gets))?");

    /** A dose said and then taken back with nothing in its place in the same sentence. */
    static boolean retracted(String after) {
        List<Quantity> said = Quantities.find(after);
        if (said.isEmpty()) {
            return false;
        }
        Matcher m = TAKEN_BACK.matcher(after);
        return m.find(said.get(0).end()) && Quantities.find(after.substring(m.end())).isEmpty()
                && Sig.frequency(after.substring(m.end())) == null;
    }

    /** "Actually, no, let me correct that: for PMR the starting dose is fifteen.": said to fix the order, not advice. */
    private static final Pattern FIXES_ORDER = Pattern.compile("(?i)^\\W*(?:(?:actually|no|sorry|oh|wait|so)\\W+)*"
            + "(?:let me correct (?:that|myself)|scratch that|correction|i mean|i meant)\\b[^.;]*\\b(?:dose|\\d+)\\b");

    /** Whether the clinician's sentence only corrects the dose just said (the order carries the right one). */
    static boolean fixesOrder(String sentence) {
        return FIXES_ORDER.matcher(sentence).find();
    }

    /** "No, wait, sorry, the 850 is my mom's, she's diabetic. Mine is 500 twice a day.": the patient's own dose. */
    static final Pattern MINE = Pattern.compile("(?i)^\\W*mine(?:'s| is)\\b");

    /**
     * "Doctor, the script says doxycycline 100 milligrams once daily. Is that right?" "No, thank you for checking.
     * Twice daily, twelve-hourly.": the clinician's no to a question about the drug, and the sentence after it.
     */
    static boolean afterNo(Context c, Utterance u, Mention prev) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        String no = turn.get(0).text();
        return u.clinician() && u.index() == 1 && prev.where().turn() == u.turn() - 1 && no.matches("(?is)^\\W*no\\b.*")
                && Quantities.find(no).isEmpty() && Sig.frequency(no) == null
                && c.dialogue.ofTurn(prev.where().turn()).stream().anyMatch(Utterance::question);
    }

    /** "For medication I've got amlodipine five milligrams…" "It's ten, Doctor.": the patient correcting the list. */
    private static final Pattern ITS = Pattern.compile("(?i)^\\W*(?:(?:no|actually|oh)\\W+)*(?:it's|it is|that's now|"
            + "it's now|that's gone up to|it went up to) \\d+(?:\\.\\d+)?\\b(?! (?:years?|days?|weeks?|months?|o'clock)\\b)");

    private static boolean readBackCorrected(Utterance u, Mention prev) {
        return u.role() == Role.PATIENT && u.index() == 0 && prev.where().clinician()
                && u.turn() - prev.where().turn() == 1 && prev.dose() != null && ITS.matcher(u.text()).lookingAt();
    }

    private static final Pattern SORRY_FIRST = Pattern.compile("(?i)^\\W*(?:sorry|i mean|i meant|correction)\\b");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:under|over|aged|age|he's|she's)\\s+$");
    private static final Pattern MASS = Pattern.compile("^(\\d+(?:\\.\\d+)?) (mg|mcg|g)\\b");
    private static final Pattern COUNTED = Pattern.compile("(?i)^\\s*(?:at a time|of them|tablets?|pills?|capsules?)\\b");

    /** "Sorry, I meant 40" / "no, twice a day": a correction of the drug just named, without naming it. */
    static Mention of(Context c, Utterance u, List<Mention> so) {
        if (so.isEmpty() || u.historySide() && u.question()) {
            return null; // "Three hundred. Not the point five I got?": the patient checks, corrects nothing
        }
        Mention prev = so.get(so.size() - 1);
        String t = u.text();
        // "Oh, no, wait, sorry, let me fix that. At 21 kilos …, so it's 125 milligrams once a day."
        boolean fixedBefore = u.clinician() && u.index() > 0 && FIX_NEXT.matcher(c.dialogue.ofTurn(u.turn())
                .get(u.index() - 1).text()).matches();
        Matcher worked = fixedBefore ? SO_ITS.matcher(t) : null;
        if (worked != null && worked.find()) {
            t = t.substring(worked.end());
        }
        if (u.turn() - prev.where().turn() > 2 || !fixedBefore && (!CORRECTION.matcher(t).find()
                || !t.toLowerCase(Locale.ROOT).matches("(?s)^\\W*(?:no|nope|sorry|actually|wait|oh|i mean|oops|"
                + "correction|not)\\b.*")) && !afterNo(c, u, prev)
                && !(u.role() == Role.PATIENT && MINE.matcher(t).find()) && !readBackCorrected(u, prev)) {
            return null;
        }
        // "any lung problems before?" "no, i mean, i had pneumonia once when i was like eight": a new question was
        // answered, not the ibuprofen's dose taken back
        Utterance asked = c.dialogue.questionFor(u);
        if (asked != null && asked.turn() > prev.where().turn()
                && c.vocabulary.find(Term.Kind.DRUG, asked.text()).isEmpty()) {
            return null;
        }
        int cut = Math.max(0, lastCorrection(t));
        String tail = t.substring(cut);
        String split = SplitDoses.of(tail, prev.dose());
        if (split != null) { // "No, two at night and one in the morning."
            return new Mention(prev.drug(), prev.said(), prev.term(), split, null, null, null, prev.action(),
                    prev.plan() || u.clinician() && c.part(u) == Part.PLAN, u, -1, null);
        }
        String dose = null;
        for (Quantity q : Quantities.find(tail)) {
            if (SpokenDoses.someoneElses(tail.substring(q.end())) || tail.substring(q.end()).matches("(?is)^-?\\s*"
                    + "hourly\\b.*") || AGE_BEFORE.matcher(tail.substring(0, q.start())).find()) {
                continue; // "No, 10 is Mia's dose. Hers is 5 mL.", "twelve-hourly", "…because he's under 2"
            }
            if (SpokenDoses.isDose(q)) {
                dose = q.text();
                break;
            }
            if (q.unit().isEmpty() && prev.dose() != null && !q.value().contains("/")) {
                // "fifty milligrams, one tablet twice a day" … "No, you take two at a time": two tablets
                Matcher mass = MASS.matcher(prev.dose());
                dose = q.number() <= 4 && COUNTED.matcher(tail.substring(q.end())).lookingAt() && mass.lookingAt()
                        ? Quantities.clean(String.valueOf(q.number() * Double.parseDouble(mass.group(1)))) + " "
                        + mass.group(2) : q.value() + prev.dose().replaceAll("^[\\d.]+", "");
                break;
            }
            if (q.unit().isEmpty() && MINE.matcher(t).find() && prev.term() != null && prev.term().extra()
                    .contains("oral") && q.number() >= 1) {
                dose = q.value() + " mg"; // "Mine is 500 twice a day."
                break;
            }
        }
        String frequency = Sig.frequency(tail);
        if (!DoseSentences.fits(prev, dose)) {
            dose = null;
        }
        // "Sorry, for ten days, because he's under two.", not "No pickleball for six weeks."
        String duration = SORRY_FIRST.matcher(t).lookingAt() ? Sig.duration(tail) : null;
        if (dose == null && frequency == null && duration == null) {
            return null;
        }
        boolean plan = prev.plan() || u.clinician() && c.part(u) == Part.PLAN;
        return new Mention(prev.drug(), prev.said(), prev.term(), dose, null, frequency, duration, prev.action(), plan,
                u, -1, null);
    }
}
