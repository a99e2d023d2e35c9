package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Narrative;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "He was given oxy butter nin at urgent care": a chart drug's name as the recogniser broke it up is no name for the
 * note; the story and the history lines carry the chart's spelling ("oxybutynin").
 */
final class ChartSpelling {

    private ChartSpelling() {
    }

    /** A line as the note writes it and the chart medications it now names. */
    private record Respelled(String text, Support support) {
    }

    static List<Narrative> narratives(Context c, List<Narrative> told) {
        List<Narrative> out = new ArrayList<>();
        for (Narrative n : told) {
            Respelled r = of(c, n.text(), n.support());
            out.add(new Narrative(r.text(), r.support()));
        }
        return out;
    }

    static List<HistoryItem> history(Context c, List<HistoryItem> told) {
        List<HistoryItem> out = new ArrayList<>();
        for (HistoryItem h : told) {
            Respelled r = of(c, h.text(), h.support());
            out.add(new HistoryItem(h.kind(), r.text(), h.relative(), r.support()));
        }
        return out;
    }

    static List<PlanItem> plan(Context c, List<PlanItem> said) {
        List<PlanItem> out = new ArrayList<>();
        for (PlanItem p : said) {
            Respelled r = of(c, p.text(), p.support());
            out.add(new PlanItem(p.problem(), p.kind(), r.text(), p.medication(), r.support()));
        }
        return out;
    }

    /** A line respelled from the chart cites the chart's medication too, so the check finds the name it now says. */
    private static Respelled of(Context c, String text, Support support) {
        if (c.chart == null || text == null) {
            return new Respelled(text, support);
        }
        String out = text;
        Support cited = support;
        for (ChartFact f : c.chart.medications()) {
            String name = f.label() == null ? "" : SpokenDrugName.generic(f.label());
            String said = name.isBlank() ? null : SpokenDrugName.find(out, name);
            if (said == null || !said.contains(" ") || said.equals(name)) {
                continue;
            }
            out = out.replaceAll("(?i)\\b" + Pattern.quote(said).replace(" ", "\\E\\s+\\Q") + "\\b", name);
            cited = cited == null ? null : cited.withReference(f.reference());
        }
        return new Respelled(out, cited);
    }
}
