package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    static List<Narrative> narratives(Context c, List<Narrative> told) {
        List<Narrative> out = new ArrayList<>();
        told.forEach(n -> out.add(new Narrative(of(c, n.text()), cited(c, n.text(), n.support()))));
        return out;
    }

    static List<HistoryItem> history(Context c, List<HistoryItem> told) {
        List<HistoryItem> out = new ArrayList<>();
        told.forEach(h -> out.add(new HistoryItem(h.kind(), of(c, h.text()), h.relative(),
                cited(c, h.text(), h.support()))));
        return out;
    }

    static List<PlanItem> plan(Context c, List<PlanItem> said) {
        List<PlanItem> out = new ArrayList<>();
        said.forEach(p -> out.add(new PlanItem(p.problem(), p.kind(), of(c, p.text()), p.medication(),
                cited(c, p.text(), p.support()))));
        return out;
    }

    /** A line respelled from the chart cites the chart's medication too, so the check finds the name it now says. */
    private static Support cited(Context c, String text, Support support) {
        if (c.chart == null || text == null || support == null) {
            return support;
        }
        Support out = support;
        for (ChartFact f : c.chart.medications()) {
            if (!of(c, text).equals(text) && !of(c, text, f).equals(text)) {
                out = out.withReference(f.reference());
            }
        }
        return out;
    }

    static String of(Context c, String text) {
        if (c.chart == null || text == null) {
            return text;
        }
        String out = text;
        for (ChartFact f : c.chart.medications()) {
            out = of(c, out, f);
        }
        return out;
    }

    private static String of(Context c, String text, ChartFact f) {
        String name = f.label() == null ? "" : SpokenDrugName.generic(f.label());
        String said = name.isBlank() ? null : SpokenDrugName.find(text, name);
        if (said == null || !said.contains(" ") || said.equals(name.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return text.replaceAll("(?i)\\b" + Pattern.quote(said).replace(" ", "\\E\\s+\\Q") + "\\b", name);
    }
}
