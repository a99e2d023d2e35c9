package org.scribeonfhir.drafting.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.ExamFinding;
import org.scribeonfhir.drafting.visit.Support;

/** What the patient answers when the examining clinician asks "does it hurt when I press here?". */
final class ExamAnswers {

    private static final Pattern ASKS_PAIN = Pattern.compile("(?i)\\b(?:hurt|hurts|pain|painful|tender|sore)\\b");
    private static final Pattern MANEUVER = Pattern.compile("(?i)\\b(bend|flex|straighten|extend|twist|rotate|raise|"
            + "lift|push|press|touch|squeeze|move)\\w*\\b");

    /** "How about up here in your upper abdomen?" after "does it hurt when I push here?". */
    private static final Pattern ANOTHER_SPOT = Pattern.compile("(?i)^\\W*(?:(?:okay|and|now)\\W+)*(?:(?:how about|what about|"
            + "and) )?(?:up |down |over |right |back |just )?(?:here|there|this|the|your)\\b(?!.*\\b(?:do you|have you|"
            + "are you|did you|when|how long|what)\\b)");
    /** "I'm going to press in a few spots, tell me where it hurts": the probes that follow ask about pain. */
    private static final Pattern PRESS_CUE = Pattern.compile("(?i)\\b(?:tell me (?:where|if|when) it (?:hurts|is sore|'s "
            + "sore)|(?:going to|gonna|i'll|let me) (?:press|feel) (?:in )?(?:a few|some|a couple of) (?:spots|places|"
            + "areas))\\b");

    private static final Pattern MIXED = Pattern.compile("(?i)^\\W*no\\b.*\\b(?:ow|ouch|yes|yeah|that hurts|"
            + "right there)\\b");

    /** An answer that names no spot: "Pain with palpation.", "No pain with flexion.". */
    private static final Pattern UNPLACED = Pattern.compile("^(No p|P)ain with (\\w+)\\.$");
    private static final Pattern TENDER = Pattern.compile("(?i)\\b(?:tender(?:ness)?|pain(?:ful)?|hurts?)\\b");

    private ExamAnswers() {
    }

    /**
     * The findings without the answers that say nothing once read together: "No pain with palpation." next to a
     * pain on palpation (an unnamed spot that does not hurt), and "Pain with palpation." when the clinician's own
     * words say where it is tender ("tenderness over the distal phalanx").
     */
    static List<ExamFinding> settled(List<ExamFinding> found) {
        List<ExamFinding> out = new java.util.ArrayList<>(found);
        out.removeIf(f -> {
            Matcher m = UNPLACED.matcher(f.text());
            if (!m.matches()) {
                return false;
            }
            String how = m.group(2);
            return found.stream().anyMatch(o -> o != f && o.system().equals(f.system()) && (m.group(1).startsWith("No")
                    ? o.text().startsWith("Pain with " + how)
                    : !UNPLACED.matcher(o.text()).matches() && !o.text().startsWith("No ")
                            && TENDER.matcher(o.text()).find()));
        });
        return out;
    }

    private static boolean askedPainBefore(Context c, Utterance q) {
        List<Utterance> all = c.utterances();
        for (int i = all.indexOf(q) - 1; i >= 0 && q.turn() - all.get(i).turn() <= 10; i--) {
            Utterance x = all.get(i);
            if (x.clinician() && (x.question() && ASKS_PAIN.matcher(x.text()).find() || PRESS_CUE.matcher(x.text())
                    .find())) {
                return true;
            }
        }
        return false;
    }

    /** "Does it hurt when I press here on your knee?" answered in the exam. */
    static void asked(Context c, Utterance q, List<ExamFinding> out) {
        Utterance a = c.dialogue.answerTo(q);
        if (a == null || !ASKS_PAIN.matcher(q.text()).find() && !(ANOTHER_SPOT.matcher(q.text()).find()
                && askedPainBefore(c, q))) {
            return;
        }
        Negation.Answer answer = Negation.answer(a.text());
        if (answer == Negation.Answer.OTHER && !ASKS_PAIN.matcher(a.text()).find()) {
            return;
        }
        boolean yes = answer != Negation.Answer.NO;
        String turn = String.join(" ", c.dialogue.ofTurn(a.turn()).stream().map(Utterance::text).toList());
        if (!yes && MIXED.matcher(turn).find()) {
            return; // "No, not in the middle. Ow, yes, right there on the side.": the narration says where
        }
        List<Match> sites = c.vocabulary.find(Term.Kind.SITE, q.text());
        // "up here by the knee, the top of the fibula?": the place named most exactly is the one pressed
        String site = sites.stream().max(Comparator.comparingInt(x -> x.end() - x.start()))
                .map(x -> x.term().canonical()).orElse(null);
        Matcher m = MANEUVER.matcher(q.text());
        String how = !m.find() ? "palpation" : switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "bend", "flex" -> "flexion";
            case "straighten", "extend" -> "extension";
            case "twist", "rotate" -> "rotation";
            case "raise", "lift" -> "elevation";
            case "move" -> "movement";
            default -> "palpation";
        };
        String where = site == null ? "" : " of the " + site;
        String text = yes ? "Pain with " + how + where + "." : "No pain with " + how + where + ".";
        String system = site == null ? "Musculoskeletal" : ExamReader.system(c, site, q.text());
        out.add(new ExamFinding(system == null ? "Musculoskeletal" : system, text,
                Support.of(0.7, q.turn(), a.turn())));
    }
}
