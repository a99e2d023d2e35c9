package org.scribeonfhir.validation.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/** Errors against the chart: the note states a lab value the chart records differently. */
final class ChartErrors {

    private ChartErrors() {
    }

    /**
     * A lab value the chart records differently: the note's own lab value with the chart holding the original,
     * or, where the note states none, an A1c line against a charted A1c.
     */
    static Injector.Injected labValue(Map<String, String> note, EncounterContext chart) {
        for (String header : NoteHeaders.ALL) {
            for (String line : note.getOrDefault(header, "").split("\n")) {
                for (Match m : Vocabulary.get().find(Term.Kind.MEASURE, line)) {
                    if (!"lab".equals(m.term().group())) {
                        continue;
                    }
                    for (Quantities.Quantity q : Quantities.find(line.substring(m.end()))) {
                        if (q.value().contains("/") || !q.unit().isEmpty() && !q.unit().equals(m.term().extra())) {
                            break;
                        }
                        String changed = Injector.scaled(q.value(), 1.4);
                        int at = m.end() + q.start();
                        String span = line.substring(at, m.end() + q.end());
                        String wrong = line.substring(0, at) + span.replaceFirst(Pattern.quote(Injector.firstNumber(span)), changed)
                                + line.substring(m.end() + q.end());
                        Map<String, String> copy = new LinkedHashMap<>(note);
                        copy.put(header, copy.get(header).replace(line, wrong));
                        return new Injector.Injected("chart-value", copy, header, wrong.strip(), withLab(chart,
                                m.term().canonical(), q.value() + " " + m.term().extra()));
                    }
                }
            }
        }
        Injector.Injected i = Injector.added("chart-value", note, NoteHeaders.RESULTS, "Hemoglobin A1c: 6.1 %.");
        return new Injector.Injected(i.kind(), i.sections(), i.header(), i.line(), withLab(chart, "Hemoglobin A1c", "8.1 %"));
    }

    private static EncounterContext withLab(EncounterContext c, String name, String value) {
        List<ChartFact> labs = new ArrayList<>(c.labs());
        labs.add(new ChartFact("Observation/injected-lab", "lab", name, value.strip(), java.time.LocalDate.now()
                .toString(), null));
        return new EncounterContext(c.patient(), c.encounter(), c.conditions(), c.vitals(), labs, c.medications(),
                c.allergies(), c.priorNotes(), c.transcript(), c.transcriptSource(), c.warnings());
    }
}
