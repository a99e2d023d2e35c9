package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * A wound closed in the clinic, told as the clinician goes ("I'm going to numb it with a digital block, lidocaine
 * 1 percent … wash it out well with saline … That's four simple interrupted stitches of 5-0 nylon"), written as
 * one procedure line: anaesthesia, irrigation, closure; and when the stitches come out.
 */
final class WoundRepair {

    private static final Pattern ANAESTHETIC = Pattern.compile("(?i)\\b(?:(digital|ring|field) block\\b[^.]{0,30}?)?"
            + "\\b(lidocaine|lignocaine|bupivacaine)(?: (\\d+(?:\\.\\d+)?) ?(?:%|percent))?(?:,? (with(?:out)? "
            + "(?:epinephrine|epi|adrenaline)))?");
    private static final Pattern IRRIGATION = Pattern.compile("(?i)\\b(?:wash(?:ed|ing)? (?:it|the wound|the cut) "
            + "out|irrigat\\w+|flush(?:ed)? (?:it )?out)\\b(?:[^.,]{0,20}?\\bwith (?:[\\d.]+ ?(?:ml|milliliters?|cc|"
            + "liters?|l) of )?(?:sterile |normal )?(saline|water))?");
    /** "5 simple interrupted 4-0 nylon sutures", "3 stitches of 5-0 prolene". */
    private static final Pattern CLOSURE = Pattern.compile("(?i)\\b(\\d+) (?:(simple interrupted|interrupted|running|"
            + "simple|vertical mattress|horizontal mattress|mattress) )?(?:(\\d)-(?:0|oh|o|zero) )?(?:(nylon|prolene|"
            + "vicryl|monocryl|silk|ethilon|polypropylene|absorbable) )?(?:stitches|sutures)(?: (?:of|with|using) "
            + "(\\d-0)(?: ([a-z]+))?)?");
    /** A suture's size said on its own: "5-oh", "4-0 nylon". */
    private static final Pattern SIZE = Pattern.compile("(?i)\\b(\\d)-(?:0|oh|o|zero)\\b(?: (nylon|prolene|vicryl|"
            + "monocryl|silk|ethilon|polypropylene))?");
    private static final Pattern GLUE = Pattern.compile("(?i)\\b(?:(?:skin|tissue) glue|dermabond|steri-?strips|"
            + "staples)\\b");
    private static final Pattern REMOVAL = Pattern.compile("(?i)\\b(?:stitches|sutures|staples) (?:will |can |need to |"
            + "should )?(?:come|be taken|be removed) out in (\\d+ (?:days?|weeks?))|\\b(?:remove|take out) the "
            + "(?:stitches|sutures|staples) in (\\d+ (?:days?|weeks?))");

    private WoundRepair() {
    }

    /** The repair as one procedure line, and suture removal as a follow-up; empty when no wound was closed. */
    private static List<PlanItem> read(Context c) {
        String anaesthesia = null;
        String irrigation = null;
        String closure = null;
        String removal = null;
        Support support = null;
        MatchResult spoken = null;
        for (Utterance u : c.utterances()) {
            if (!u.clinician() || u.question() || c.part(u) == Part.HISTORY) {
                continue;
            }
            String t = u.text();
            Matcher a = ANAESTHETIC.matcher(t);
            Matcher i = IRRIGATION.matcher(t);
            Matcher s = CLOSURE.matcher(t);
            Matcher g = GLUE.matcher(t);
            Matcher r = REMOVAL.matcher(t);
            boolean used = false;
            MatchResult said = null;
            // "I'll use 5-oh, actually, 4-oh nylon", perhaps before the stitches are counted: the size said last
            for (Matcher z = SIZE.matcher(t); z.find(); ) {
                spoken = z.toMatchResult();
            }
            while (a.find()) {
                said = a.toMatchResult(); // "lidocaine two percent, no, one percent…, plain lidocaine one percent": the last
            }
            if (anaesthesia == null && said != null) {
                anaesthesia = (said.group(1) == null ? "local anesthesia" : said.group(1).toLowerCase(Locale.ROOT)
                        + " block") + " with " + said.group(2).toLowerCase(Locale.ROOT) + (said.group(3) == null ? ""
                        : " " + said.group(3) + "%") + (said.group(4) == null ? "" : " " + said.group(4)
                        .toLowerCase(Locale.ROOT));
                used = true;
            }
            if (irrigation == null && i.find()) {
                irrigation = "irrigated" + (i.group(1) == null ? "" : " with " + i.group(1).toLowerCase(Locale.ROOT));
                used = true;
            }
            if (closure == null && s.find()) {
                String size = s.group(3) != null ? s.group(3) + "-0" : s.group(5);
                String material = s.group(4) != null ? s.group(4) : s.group(6);
                if (size == null && spoken != null) {
                    size = spoken.group(1) + "-0";
                    material = material != null ? material : spoken.group(2);
                }
                closure = "closed with " + s.group(1) + (s.group(2) == null ? "" : " " + s.group(2).toLowerCase(
                        Locale.ROOT)) + (size == null ? "" : " " + size) + (material == null ? ""
                        : " " + material.toLowerCase(Locale.ROOT)) + " sutures";
                used = true;
            } else if (closure == null && g.find() && c.part(u) == Part.PLAN) {
                closure = "closed with " + g.group().toLowerCase(Locale.ROOT).replace("dermabond", "skin glue");
                used = true;
            }
            if (removal == null && r.find()) {
                removal = r.group(1) != null ? r.group(1) : r.group(2);
                used = true;
            }
            if (used) {
                support = support == null ? Support.of(0.75, u.turn()) : support.and(Support.of(0.75, u.turn()));
            }
        }
        List<PlanItem> out = new ArrayList<>();
        if (closure == null) {
            return out;
        }
        List<String> steps = new ArrayList<>();
        for (String step : new String[] {anaesthesia, irrigation, closure}) {
            if (step != null) {
                steps.add(step);
            }
        }
        String line = String.join(", ", steps);
        out.add(new PlanItem(null, "procedure", "Wound repair: " + line + ".", null, support));
        if (removal != null) {
            out.add(new PlanItem(null, "follow-up", "Suture removal in " + removal + ".", null, support));
        }
        return out;
    }

    private static boolean sutureSaid(PlanItem i) {
        return i.medication() == null && i.text() != null && SIZE.matcher(i.text()).find()
                && i.text().matches("(?is).*\\b(?:nylon|prolene|vicryl|monocryl|silk|ethilon|polypropylene)\\b.*");
    }

    private static boolean anaesthetic(PlanItem i) {
        return i.medication() != null && i.medication().drug().matches("(?i)lidocaine|lignocaine|bupivacaine|"
                + "epinephrine|adrenaline");
    }

    /** A wound closed in the clinic: one procedure line under the wound (its step-by-step lines give way). */
    static void into(Context c, List<ProblemBlock> blocks, List<PlanItem> loose) {
        List<PlanItem> repair = read(c);
        if (repair.isEmpty()) {
            return;
        }
        ProblemBlock target = blocks.size() == 1 ? blocks.get(0) : null;
        List<PlanItem> into = target == null ? loose : target.items;
        into.removeIf(i -> i.kind().equals("procedure") && i.text() != null
                && i.text().matches("(?is).*\\b(?:stitch\\w*|sutur\\w*|glue|staples?)\\b.*"));
        // "Will use 5-oh, 4-oh nylon": the suture named in the repair line, with only the size said last
        blocks.forEach(b -> b.items.removeIf(WoundRepair::sutureSaid));
        loose.removeIf(WoundRepair::sutureSaid);
        // "We'll use lidocaine one percent": the repair's anaesthetic, not a medicine to start
        blocks.forEach(b -> b.items.removeIf(WoundRepair::anaesthetic));
        loose.removeIf(WoundRepair::anaesthetic);
        into.add(repair.get(0));
        loose.addAll(repair.subList(1, repair.size()));
    }
}
