package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.SpokenNumbers;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * A local anaesthetic (or phenol) the clinician puts in while narrating a procedure: "Lignocaine 1%, no, 2%, plain.
 * 2 mL each side, 4 mL in total. Sharp scratch." is 4 mL of 2% given as a ring block; "lidocaine 10% spray, 4 sprays to
 * the right side of the throat" is given too, and so is a steroid injected with the local ("triamcinolone 40 mg with
 * 2 mL of 1% lidocaine… small scratch"). The note records what was given, with its strength, amount and site.
 */
final class LocalAnaesthetics {

    private static final Pattern NUMBING = Pattern.compile("(?i)anesthetic|phenol");
    /** The procedure is under way: an injection felt, or the steps told as they happen. */
    private static final Pattern DOING = Pattern.compile("(?i)\\b(?:sharp scratch|small prick|little scratch|that's in|"
            + "in it goes)\\b|^\\W*(?:now|right)\\b");
    private static final Pattern LATER = Pattern.compile("(?i)\\b(?:i'll|we'll|i will|we will|going to|i'd like|"
            + "would|could|can|if|first|then)\\b");
    private static final Pattern SPRAY = Pattern.compile("(?i)^\\s*(?:\\d+(?:\\.\\d+)?\\s*%\\s*)?spray\\b");
    private static final Pattern MASS = Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*mg\\b");
    private static final Pattern JOINT = Pattern.compile("(?i)\\b((?:right|left) (?:shoulder|knee|hip|elbow|wrist|"
            + "ankle))\\b");
    private static final Pattern WILL_USE = Pattern.compile("(?i)\\bi'll (?:use|numb|put in|inject)\\b");
    private static final Pattern STRENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final String ML = "(\\d+(?:\\.\\d+)?|one|two|three|four|five)\\s*(?:ml|mls|mils?|"
            + "millilit(?:re|er)s?)";
    private static final Pattern TOTAL = Pattern.compile("(?i)\\b" + ML + "\\s+(?:in total|total)\\b");
    private static final Pattern VOLUME = Pattern.compile("(?i)\\b" + ML + "\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(\\d+) (sprays?|applications?)\\b");
    private static final Pattern BLOCK = Pattern.compile("(?i)\\b((?:ring|digital|nerve) block(?: at the base of the "
            + "(?:big )?(?:toe|finger|thumb))?)");
    private static final Pattern SITE = Pattern.compile("(?i)\\b(into|to) (?:the|his|her|your) ([a-z][a-z ]{2,40}?)"
            + "(?=[,.;]|$)");

    private LocalAnaesthetics() {
    }

    /** A "given" mention for each local anaesthetic put in as the clinician narrates the procedure. */
    static List<Mention> of(Context c) {
        List<Mention> out = new ArrayList<>();
        for (Utterance u : c.utterances()) {
            if (!u.clinician() || u.question() || c.part(u) == Part.HISTORY) {
                continue; // checked first: the turns' scans below run for every sentence otherwise
            }
            List<Utterance> turn = c.dialogue.ofTurn(u.turn());
            // "I'll numb it up with lidocaine 1%… 8 mL" … "Sharp scratch.": said first, then done in the next turns
            boolean done = turn.stream().anyMatch(x -> DOING.matcher(x.text()).find());
            boolean doneNext = java.util.stream.IntStream.rangeClosed(u.turn() + 1, u.turn() + 2).anyMatch(t -> c.dialogue
                    .ofTurn(t).stream().anyMatch(x -> x.clinician() && DOING.matcher(x.text()).find()));
            if (!done && !doneNext
                    || LATER.matcher(u.text()).find() && !(WILL_USE.matcher(u.text()).find() && (done || doneNext))) {
                continue;
            }
            List<Match> drugs = DrugNames.in(c, u);
            boolean numbing = drugs.stream().anyMatch(d -> d.term() != null && NUMBING.matcher(d.term().group()).find());
            for (Match d : drugs) {
                // "triamcinolone 40 mg with 2 mL of 1% lidocaine… small scratch": the steroid injected with it
                Matcher steroid = MASS.matcher(u.text().substring(d.end()));
                if (numbing && d.term() != null && d.term().group().equals("corticosteroid") && steroid.lookingAt()) {
                    out.add(new Mention(d.term().canonical(), d.surface().toLowerCase(Locale.ROOT) + " injection",
                            d.term(), steroid.group(1) + " mg", site(turn, u, d), null, null, "given", true, u, -1,
                            null));
                }
                if (d.term() == null || !NUMBING.matcher(d.term().group()).find()) {
                    continue;
                }
                String dose = dose(c, turn, u, d);
                if (dose != null) {
                    // "lidocaine 10% spray" and "1 mL of lidocaine 1%": two forms, two lines
                    String said = d.surface().toLowerCase(Locale.ROOT) + (SPRAY.matcher(u.text().substring(d.end()))
                            .lookingAt() ? " spray" : d.term().canonical().equals("phenol") ? "" : " injection");
                    out.add(new Mention(d.term().canonical(), said, d.term(), dose,
                            site(turn, u, d), null, null, "given", true, u, -1, null));
                }
            }
        }
        return out;
    }

    /** Whether a plain mention of a drug given here is that dose said as it was planned ("Start lidocaine 5 mL"). */
    static boolean saidOfGiven(List<Mention> all, Mention m) {
        return !"given".equals(m.action()) && all.stream().anyMatch(g -> "given".equals(g.action())
                && g.drug().equals(m.drug()) && g.said().endsWith(" injection") && Math.abs(g.where().turn()
                - m.where().turn()) <= 2);
    }

    /** "4 mL of 2%", "4 sprays of 10%": the amount (a total said next wins) and the last strength said. */
    private static String lastVolume(String text) {
        return VOLUME.matcher(text).results().map(r -> r.group(1)).reduce((a, b) -> b).orElse(null);
    }

    private static String dose(Context c, List<Utterance> turn, Utterance u, Match d) {
        String after = u.text().substring(d.end());
        String strength = STRENGTH.matcher(after).results().map(r -> r.group(1)).reduce((a, b) -> b)
                .orElse(STRENGTH.matcher(u.text()).results().map(r -> r.group(1)).reduce((a, b) -> b).orElse(null));
        String amount = null;
        for (int i = turn.indexOf(u); i < turn.size() && i <= turn.indexOf(u) + 1 && amount == null; i++) {
            Matcher total = TOTAL.matcher(turn.get(i).text());
            amount = total.find() ? number(total.group(1)) + " mL" : null;
        }
        String volume = lastVolume(u.text());
        Matcher count = COUNT.matcher(after);
        // "I'll numb it up with lidocaine 1%, I'll use 5 mL — actually no, … let's say 8 mL": the next sentences'
        // last volume, up to a sentence that names another drug
        if (volume == null && !count.find(0)) {
            for (int i = turn.indexOf(u) + 1; i < turn.size() && i <= turn.indexOf(u) + 2
                    && DrugNames.in(c, turn.get(i)).isEmpty(); i++) {
                String later = lastVolume(turn.get(i).text());
                volume = later != null ? later : volume;
            }
        }
        amount = amount != null ? amount : volume != null ? number(volume) + " mL" : count.find(0)
                ? count.group(1) + " " + count.group(2).toLowerCase(Locale.ROOT) : null;
        return amount == null ? null : amount + (strength == null ? "" : " of " + strength + "%");
    }

    private static String number(String said) {
        return said.matches("[\\d.]+") ? said : String.valueOf(SpokenNumbers.value(said)); // "one millilitre"
    }

    /** "as a ring block at the base of the toe", "into the right peritonsillar area". */
    private static String site(List<Utterance> turn, Utterance u, Match d) {
        for (int i = turn.indexOf(u); i >= 0; i--) {
            Matcher block = BLOCK.matcher(turn.get(i).text());
            if (block.find()) {
                return "as a " + block.group(1).toLowerCase(Locale.ROOT);
            }
        }
        Matcher site = SITE.matcher(u.text().substring(d.end()));
        if (site.find()) {
            return site.group(1).toLowerCase(Locale.ROOT) + " the " + site.group(2);
        }
        // "Right shoulder, posterior approach.": the joint the turn names
        return turn.stream().map(x -> JOINT.matcher(x.text())).filter(Matcher::find).findFirst()
                .map(j -> "into the " + j.group(1).toLowerCase(Locale.ROOT)).orElse(null);
    }
}
