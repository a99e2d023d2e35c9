package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "I gave up two years ago." … (his wife) "He still has a few in the shed." … "So about four a day now.": the
 * clinician's read-back of a habit, after the patient or a companion corrected the first answer, is what the note
 * says; the first answer goes.
 */
final class SocialReadBacks {

    private static final int TURNS = 4;
    private static final String COUNT = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
            + "twenty|thirty|forty|a few|a couple of|half a|a)";
    /** "So about four a day now.", "Okay, so around two glasses most nights." */
    private static final Pattern READ_BACK = Pattern.compile("(?i)^\\W*(?:(?:okay|ok|right|alright|all right)\\W+)?so,?"
            + "\\s+(?:(?:you're|he's|she's|that's|it's)\\s+)?(?:(?:smoking|drinking|having)\\s+)?"
            + "((?:about |around |roughly |maybe |probably )?" + COUNT + "(?:(?: or | to )" + COUNT + ")?"
            + "(?: (?:cigarettes|cigs|roll-ups|glass(?:es)?(?: of \\w+)?|pints?|cans?|beers?|drinks|units|packs?))?"
            + " (?:a|per|every|most) (?:day|night|week|evening)s?(?: now)?)\\W*$");
    private static final Pattern SMOKING_ITEM = Pattern.compile("(?i)\\b(?:smok\\w*|cigarettes?|tobacco|quit|"
            + "gave up|ex-smoker)\\b");
    private static final Pattern DRINKING_ITEM = Pattern.compile("(?i)\\b(?:drinks?|drank|wine|beers?|pints?|"
            + "alcohol|glass(?:es)?)\\b");

    private SocialReadBacks() {
    }

    /** "Okay, sometimes. At the weekend. Maybe five on a Saturday.": the "no" taken back by the patient. */
    private static final Pattern CONCEDES = Pattern.compile("(?i)^\\W*(?:(?:okay|ok|alright|fine|well)\\W+)+"
            + "(?:sometimes|occasionally|now and then|a bit|a few|a couple|yes|yeah)\\b\\W*");
    private static final Pattern LEAD = Pattern.compile("(?i)^\\W*(?:(?:okay|ok|alright|fine|well|but)\\W+)+");

    /** "Do you smoke?" "No." (the sister) "Hm." "Okay, sometimes. …": what the patient admits next, or null. */
    static String admittedAfter(Context c, Utterance a, boolean smoking) {
        for (int t = a.turn() + 1; t <= a.turn() + 2; t++) {
            List<Utterance> turn = c.dialogue.ofTurn(t);
            if (turn.isEmpty() || turn.get(0).clinician()) {
                return null;
            }
            Matcher m = CONCEDES.matcher(turn.get(0).text());
            if (turn.get(0).role() == a.role() && m.lookingAt()) {
                // "Okay, a couple. Four pints. But over like four hours. They were five pounds twenty each": the
                // drinking, not its price; the amount rather than "a couple"
                List<Utterance> said = smoking ? turn : turn.stream().filter(u -> u == turn.get(0)
                        || DRINKING_ITEM.matcher(u.text()).find()
                        || u.text().matches("(?is).*\\bover\\b.*\\bhours?\\b.*"))
                        .toList();
                if (!smoking && said.size() > 1 && !said.get(0).text().matches("(?s).*\\d.*")) {
                    said = said.subList(1, said.size());
                }
                String text = String.join(", ", said.stream().map(u -> LEAD.matcher(u.text().replaceAll("[.!]+$", ""))
                        .replaceFirst("")).map(x -> Character.toLowerCase(x.charAt(0)) + x.substring(1)).toList())
                        .replaceAll("(?i)\\b(?:maybe|like)\\b", "about");
                return (smoking ? "Smokes " : "Alcohol ") + text;
            }
        }
        return null;
    }

    /** Replaces what {@code (q, a)} added to {@code out} from index {@code from} by the clinician's read-back. */
    static void apply(Context c, Utterance q, Utterance a, List<HistoryItem> out, int from, boolean smoking) {
        for (int t = a.turn() + 1; t <= a.turn() + TURNS; t++) {
            for (Utterance u : c.dialogue.ofTurn(t)) {
                Matcher m = READ_BACK.matcher(u.text());
                if (!u.clinician() || !m.matches()) {
                    continue;
                }
                String amount = m.group(1).replaceFirst("(?i)\\s+now$", "");
                Pattern topic = smoking ? SMOKING_ITEM : DRINKING_ITEM;
                List<HistoryItem> said = out.subList(from, out.size());
                if (said.stream().noneMatch(h -> topic.matcher(h.text()).find())) {
                    return;
                }
                said.removeIf(h -> topic.matcher(h.text()).find());
                String text = smoking ? "Current smoker, " + amount : "Drinks " + amount;
                out.add(from, new HistoryItem("social", text, "answer", Support.of(0.8, q.turn(), a.turn(),
                        u.turn())));
                return;
            }
        }
    }
}
