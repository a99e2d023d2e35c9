package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * Writing: the visit model (and the chart) in, the note's six sections out, in clinician register. Every
 * statement is written from facts of the visit model and cites their evidence; nothing is written that the
 * model does not hold.
 */
public final class NoteWriter {

    private NoteWriter() {
    }

    public static List<Section> write(VisitModel v, EncounterContext chart) {
        List<Statement> hpi = new ArrayList<>(HpiWriter.write(v));
        if (chart != null) {
            hpi.addAll(chartHistory(v, chart));
        }
        List<Section> out = new ArrayList<>();
        out.add(new Section(NoteHeaders.CHIEF_COMPLAINT, ChiefComplaintWriter.write(v.reason())));
        out.add(new Section(NoteHeaders.HPI, hpi));
        out.add(new Section(NoteHeaders.ROS, RosWriter.write(v.symptoms())));
        out.add(new Section(NoteHeaders.PHYSICAL_EXAM, ExamWriter.write(v.measurements(), v.exam(), chart,
                v.consultation())));
        out.add(new Section(NoteHeaders.RESULTS, ResultsWriter.write(v.results(), v.measurements(), chart)));
        out.add(new Section(NoteHeaders.ASSESSMENT_AND_PLAN, PlanWriter.write(v)));
        return out.stream().map(s -> new Section(s.header(), s.statements().stream()
                .map(st -> SpokenRemnants.clean(st, s.header()).flatMap(c -> SpeechResidue.clean(c, s.header()))
                        .flatMap(c -> Fragments.clean(c, s.header())))
                .flatMap(Optional::stream).toList())).toList();
    }

    /** What the chart lists that the visit did not talk about: its problems, medications and allergies. */
    private static List<Statement> chartHistory(VisitModel v, EncounterContext chart) {
        List<Statement> out = new ArrayList<>();
        // what the past history already names ("Past medical history: asthma", the opening line's history among it)
        List<String> named = v.history().stream().filter(h -> h.kind().equals("medical")).map(HistoryItem::text)
                .toList();
        List<ChartFact> problems = chart.conditions().stream().filter(c -> !v.disputed().contains(c.reference()))
                .filter(c -> named.stream()
                .noneMatch(h -> c.label().toLowerCase(Locale.ROOT).contains(h.toLowerCase(Locale.ROOT)))).toList();
        if (!problems.isEmpty()) {
            out.add(fromChart("Problem list (chart): ", problems.stream().map(ChartFact::label).toList(), problems));
        }
        List<ChartFact> meds = chart.medications().stream().filter(f -> v.medications().stream()
                .noneMatch(m -> m.support().references().contains(f.reference()))).toList();
        if (!meds.isEmpty()) {
            out.add(fromChart("Medications on the chart: ", meds.stream().map(f -> f.label() + (f.value() == null
                    || f.value().isBlank() ? "" : " (" + Lines.lowerFirst(f.value()) + ")")).toList(), meds));
        }
        boolean talked = v.allergies().stream().anyMatch(a -> !a.none());
        // "Allergies: cashew." said without its reaction: the chart's entry, with the reaction, is kept beside it
        List<ChartFact> allergies = chart.allergies().stream().filter(f -> !talked || v.allergies().stream()
                .anyMatch(a -> !a.none() && a.reaction() == null && a.substance() != null && f.label() != null
                && lower(f.label()).contains(lower(a.substance()).replaceAll("s$", "")))).toList();
        if (!allergies.isEmpty()) {
            out.add(fromChart("Allergies on the chart: ", allergies.stream().map(NoteWriter::allergy).toList(),
                    allergies));
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** "Penicillin (hives; high criticality)". */
    private static String allergy(ChartFact a) {
        List<String> details = new ArrayList<>();
        if (a.value() != null && !a.value().isBlank()) {
            details.add(a.value().toLowerCase(Locale.ROOT));
        }
        if ("high".equals(a.flag())) {
            details.add("high criticality");
        }
        return a.label() + (details.isEmpty() ? "" : " (" + String.join("; ", details) + ")");
    }

    private static Statement fromChart(String label, List<String> items, List<ChartFact> facts) {
        Support s = null;
        for (ChartFact f : facts) {
            Support one = Support.chart(f.reference());
            s = s == null ? one : s.and(one);
        }
        return Lines.statement(label + String.join("; ", items) + ".", s);
    }
}
