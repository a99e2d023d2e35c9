package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/** The clinician's stop of the drug just talked about, said without naming it: "We'll leave it off for now". */
final class KeptOff {

    private KeptOff() {
    }

    private static final Pattern KEEP_OFF = Pattern.compile("(?i)^(?:(?:good|okay|right|so|and|then|well)\\W+)*"
            + "(?:(?:we'll|we will|i'll|i will|let's|i'd|i would|i think we(?:'ll| will| should)?|we should)\\s+)?"
            + "(?:(?:just )?(?:leave|keep) (?:it|that|them) off|stay off (?:it|that|them)|(?:just )?(?:stop|hold) "
            + "(?:it|that|them) (?:for now|for the moment|completely))\\b(?![^.]*\\bif\\b)");

    /**
     * "I stopped that about two months ago…" "We'll leave it off for now": the clinician's order on the drug just
     * talked about, without naming it, a turn or two after the patient said it was stopped.
     */
    static Mention of(Context c, Utterance u, List<Mention> so) {
        boolean stopIt = !so.isEmpty() && STOP_IT.matcher(u.text()).find() && so.get(so.size() - 1).where().turn()
                == u.turn() && so.get(so.size() - 1).where().index() == u.index() - 1 && c.part(u) == Part.PLAN
                || !so.isEmpty() && NO_MORE.matcher(u.text()).find() && u.turn() - so.get(so.size() - 1).where().turn()
                <= 2
                || !so.isEmpty() && THAT_ONE.matcher(u.text()).find() && u.index() == 0
                && so.get(so.size() - 1).where().turn() == u.turn() - 1;
        if (!so.isEmpty() && u.clinician() && u.index() == 0 && HOLD_THOSE.matcher(u.text()).find()
                && so.get(so.size() - 1).where().turn() == u.turn() - 1) {
            Mention prev = so.get(so.size() - 1);
            return new Mention(prev.drug(), prev.said(), prev.term(), prev.dose(), null, prev.frequency(), null, "hold",
                    true, u, -1, null);
        }
        Mention before = stopIt || !u.clinician() || u.question() ? null : namedBefore(c, u, so);
        if (before != null) {
            return new Mention(before.drug(), before.said(), before.term(), before.dose(), null, before.frequency(),
                    null, "stop", true, u, -1, null);
        }
        if (so.isEmpty() || !u.clinician() || u.question() || !KEEP_OFF.matcher(u.text()).find() && !stopIt) {
            return null;
        }
        Mention prev = so.get(so.size() - 1);
        if (!stopIt && (u.turn() - prev.where().turn() > 4 || prev.action() == null
                || !prev.action().matches("stopped|stop|hold"))) {
            return null;
        }
        return new Mention(prev.drug(), prev.said(), prev.term(), null, null, null, null, "stop", true, u, -1, null);
    }

    /**
     * "200 milligrams of B6 a day… High-dose B6 can itself cause tingling." "You're joking me." "I'm not. I'd like you
     * to stop that today.": the one drug of the clinician's turn before the patient's reply, as told before.
     */
    private static Mention namedBefore(Context c, Utterance u, List<Mention> so) {
        List<Utterance> before = c.dialogue.ofTurn(u.turn() - 2);
        if (u.index() > 1 || !STOP_IT.matcher(u.text()).find() || before.isEmpty() || !before.get(0).clinician()) {
            return null;
        }
        List<String> named = before.stream().flatMap(x -> c.vocabulary.find(Term.Kind.DRUG, x.text()).stream())
                .map(m -> m.term().canonical()).distinct().toList();
        for (int i = so.size() - 1; named.size() == 1 && i >= 0; i--) {
            if (so.get(i).term() != null && so.get(i).term().canonical().equals(named.get(0))) {
                return so.get(i);
            }
        }
        return null;
    }

    /** "…one dose of Tucker's leftover antibiotic. The cefdinir…" "Let's not give any more of that.": stopped. */
    private static final Pattern NO_MORE = Pattern.compile("(?i)^(?:(?:okay|right|so|and|well)\\W+)*(?:let's not|"
            + "(?:please )?(?:don't|do not)) (?:give|take|use) (?:(?:her|him|them|you) )?any more of (?:that|it|those|"
            + "them)\\b");

    /** "The hydrochlorothiazide raises uric acid. So I want you to stop it, starting today.": the drug just named. */
    private static final Pattern STOP_IT = Pattern.compile("(?i)^\\W*(?:so\\W+)?(?:i want you to|i'd like you to|"
            + "please|you should|we'll|let's) stop (?:it|that|taking it)(?:,? (?:starting )?(?:today|now)|\\W*$)");

    /** "Kwells… two a day since Sunday." "I'd hold off those for now.": the drug the answer named, held. */
    private static final Pattern HOLD_THOSE = Pattern.compile("(?i)^\\W*(?:(?:okay|ok|so|well|right)\\W+)*"
            + "(?:(?:i'd|i would|we'll|let's|please|i want you to|i'd like you to) )?hold off (?:on )?(?:taking )?"
            + "(?:those|them|that|it)\\b(?![^.]*\\bif\\b)");

    /** "Sometimes I take tramadol for my knee." "That one I'd like you to stop.": the drug the answer named. */
    private static final Pattern THAT_ONE = Pattern.compile("(?i)^\\W*(?:(?:okay|so|well|and|right)\\W+)*(?:that one|"
            + "this one|that|those) (?:i'd like you to|i want you to|we'll|we should|you should|i'd) stop\\b");
}
