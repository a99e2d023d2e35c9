package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "I'd be happy to refer you to the hand surgeons." "No, not yet, Doctor." "That's fair.", "I'd like to give her some
 * crutches." "No way. I'm not using crutches.", "…an endoscopy." "No, doctor, not now." "I'll note that you
 * declined.": a referral, test or procedure the clinician offered and the patient turned down is written as declined,
 * never as ordered.
 */
final class DeclinedItems {

    private static final Pattern REFUSAL = Pattern.compile("(?i)^\\W*(?:(?:doctor|doc|love|dear)\\W+)?(?:(?:no|nope|nah)"
            + "\\b(?!,? (?:problem|worries|"
            + "bother|trouble)\\b)|not (?:now|yet|today|at the moment)\\b|i'd rather not\\b|(?:i )?don't want\\b|"
            + "no need\\b)|\\bi'm not (?:using|having|doing|going|taking|wearing)\\b");
    private static final Pattern ACCEPTED = Pattern.compile("(?i)\\b(?:go on then|okay,? i'll (?:try|take|go|do)|"
            + "fine,? i'll|yes,? please|that's fine by me|i'll go)\\b");
    /** The clinician taking the no: "That's fair.", "it's her call", "I'll note that you declined". */
    private static final Pattern TAKEN = Pattern.compile("(?i)\\b(?:that's fair|fair enough|(?:your|her|his|their) "
            + "(?:call|choice|decision)|(?:note|noted|record) that (?:you|she|he|they)(?:'ve| have)? declined|"
            + "(?:you've|you have|she's|he's) declined|(?:we|i)(?:'ll| will) (?:hold off|leave it|not refer|"
            + "only refer)|that's (?:fine|okay|ok)|we'll (?:revisit|talk about) it|(?:i'll )?(?:note|put down) "
            + "(?:that )?you'd rather)\\b");
    private static final Pattern NO_THING = Pattern.compile("(?i)^\\W*no,?\\s+(?!(?:way|thanks?|need|not|doctor|doc|"
            + "sir|ma'am|dear|love|i|we|it|that|this|one)\\b)([a-z]{3,})");
    /** "no that sounds good": said as a yes. */
    private static final Pattern AGREED = Pattern.compile("(?i)^\\W*no\\W+(?:that|it)(?:'s| is| sounds| seems) "
            + "(?:good|great|fine|okay|ok|alright|all right|perfect|reasonable)\\b");
    private static final Pattern KINDS = Pattern.compile("referral|test|procedure|treatment|imaging|order");

    private DeclinedItems() {
    }

    /** The plan items, each offered and turned down written as declined. */
    static List<PlanItem> apply(Context c, List<PlanItem> items) {
        List<PlanItem> out = new ArrayList<>();
        for (PlanItem p : items) {
            Integer no = p.text() == null || p.support() == null || p.support().turns().isEmpty()
                    || !KINDS.matcher(p.kind()).matches() ? null : turnedDown(c, p.support().turns().get(0), p.text());
            out.add(no == null ? p : new PlanItem(p.problem(), p.kind(), declined(p.text()), null,
                    p.support().and(Support.of(p.support().confidence(), no))));
        }
        return out;
    }

    /**
     * The patient's side's turn straight after the clinician's offer that turns it down (a companion may speak before
     * the clinician again), taken by the clinician; or null.
     */
    private static Integer turnedDown(Context c, int offered, String item) {
        List<Utterance> offer = c.dialogue.ofTurn(offered);
        List<Utterance> reply = c.dialogue.ofTurn(offered + 1);
        List<Utterance> answer = c.dialogue.ofTurn(offered + 2);
        if (!reply.isEmpty() && reply.get(0).historySide() && reply.get(reply.size() - 1).question()
                && !answer.isEmpty() && answer.get(0).clinician() && !answer.get(answer.size() - 1).question()) {
            reply = c.dialogue.ofTurn(offered + 3); // "How much is the gap?" "About 280 dollars." "Nah, …"
            offered += 2;
        }
        // "Have you ever had an allergy test before?" "No.": the question's answer, no refusal
        if (offer.isEmpty() || !offer.get(0).clinician() || offer.get(offer.size() - 1).question() || reply.isEmpty()
                || !reply.get(0).historySide() || AGREED.matcher(reply.get(0).text()).find()) {
            return null;
        }
        String said = String.join(" ", reply.stream().map(Utterance::text).toList());
        java.util.regex.Matcher other = NO_THING.matcher(said);
        if (other.find() && !item.toLowerCase(Locale.ROOT).contains(other.group(1).toLowerCase(Locale.ROOT)
                .replaceFirst("s$", ""))) {
            return null; // "…the referral… and maybe a weekly shot" "no shots if i can help it": the other thing
        }
        boolean no = REFUSAL.matcher(reply.get(0).text()).find() || REFUSAL.matcher(said).find()
                && !reply.get(0).text().matches("(?i)^\\W*(?:yes|yeah|yep|sure|okay|ok)\\b.*");
        for (int t = offered + 2; no && !ACCEPTED.matcher(said).find() && t <= offered + 3; t++) {
            List<Utterance> next = c.dialogue.ofTurn(t);
            if (next.isEmpty()) {
                return null;
            }
            if (next.get(0).clinician()) {
                return next.stream().anyMatch(u -> TAKEN.matcher(u.text()).find()) ? offered + 1 : null;
            }
            said = String.join(" ", next.stream().map(Utterance::text).toList());
        }
        return null;
    }

    /** "Referral to hand surgeons." → "Offered referral to hand surgeons, which the patient declined." */
    static String declined(String text) {
        String t = text.replaceFirst("\\.$", "");
        String what = t.replaceFirst("(?i)^(?:order|give|will give|will order|will arrange|arrange|get)\\s+"
                + "(?:(?:her|him|them|you)\\s+)?(?:some\\s+)?", "");
        what = what.replaceFirst("(?i)\\s+for (?:a few|\\d+|one|two|three) (?:days|weeks)$", "");
        return "Offered " + what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1)
                + ", which the patient declined.";
    }
}
