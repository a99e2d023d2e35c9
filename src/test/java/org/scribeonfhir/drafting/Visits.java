package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scribeonfhir.drafting.check.Faithfulness;
import org.scribeonfhir.drafting.extract.VisitReader;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.drafting.write.NoteWriter;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * Fixture visits drafted without the ONNX model: the readers and writers on their own, every sentence taken
 * as clinical content (relevance 1), so a test sees exactly what the rules do.
 */
public final class Visits {

    private Visits() {
    }

    public static Dialogue dialogue(String... lines) {
        return Dialogue.of(Transcript.parse(String.join("\n", lines)));
    }

    public static VisitModel read(EncounterContext chart, String... lines) {
        return read(1.0, chart, lines);
    }

    /** Every sentence at this relevance: how the readers treat what the head finds half-clinical. */
    public static VisitModel read(double relevance, EncounterContext chart, String... lines) {
        Dialogue d = dialogue(lines);
        double[] each = new double[d.utterances().size()];
        Arrays.fill(each, relevance);
        return VisitReader.read(d, List.of(), each, chart);
    }

    public static VisitModel read(String... lines) {
        return read(null, lines);
    }

    public static DraftNote draft(EncounterContext chart, String... lines) {
        return new DraftNote(NoteWriter.write(read(chart, lines), chart), "fixture");
    }

    public static DraftNote draft(String... lines) {
        return draft(null, lines);
    }

    /** Every line of the draft, section by section. */
    public static List<String> lines(DraftNote note) {
        List<String> out = new ArrayList<>();
        note.sections().forEach(s -> s.statements().forEach(st -> out.add(st.text())));
        return out;
    }

    public static List<String> lines(DraftNote note, String header) {
        List<String> out = new ArrayList<>();
        note.section(header).statements().forEach(st -> out.add(st.text()));
        return out;
    }

    /** Whether the symptom of that name is there, said as present. */
    public static boolean present(List<Symptom> all, String name) {
        return all.stream().anyMatch(s -> s.name().equals(name) && s.present());
    }

    public static Faithfulness.Report check(DraftNote note, String... lines) {
        return Faithfulness.check(note, dialogue(lines), null);
    }
}
