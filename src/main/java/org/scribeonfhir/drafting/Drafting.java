package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.check.Completeness;
import org.scribeonfhir.drafting.check.Faithfulness;
import org.scribeonfhir.drafting.extract.VisitReader;
import org.scribeonfhir.drafting.model.Calibration;
import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.drafting.model.ClinicalModel.Sentence;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.drafting.write.NoteWriter;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * Drafting without the container (the app wraps it in {@link NoteDrafter}; the benchmarks use it as is), in
 * the pipeline's steps: the transcript read as a dialogue, the model run once over it, extraction into the
 * visit model, the note written from the model, and the faithfulness check over what was written.
 */
public final class Drafting {

    /** Turns longer than this are drafted, but the draft says their speakers could not be told apart. */
    static final int LONG_TURN = 6_000;

    private final ClinicalModel model;

    public Drafting(ClinicalModel model) {
        this.model = model;
    }

    public ClinicalModel model() {
        return model;
    }

    /** A draft from a transcript already checked by {@link TranscriptCheck}, plus the chart if there is one. */
    public Drafted draft(String transcript, EncounterContext context) {
        long t0 = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        List<Turn> turns = Transcript.parse(transcript);
        for (Turn t : turns) {
            if (t.text().length() > LONG_TURN) {
                warnings.add("Turn " + t.number() + " is " + t.text().length() + " characters long; it was read as one "
                        + "turn, so statements drawn from it may mix what the patient and the clinician said.");
            }
        }
        Dialogue dialogue = Dialogue.of(turns);
        long t1 = System.nanoTime();
        Reading reading = read(dialogue);
        long t2 = System.nanoTime();
        VisitModel visit = VisitReader.read(dialogue, reading.analysis(), reading.relevance(), context);
        List<Section> sections = calibrated(NoteWriter.write(visit, context));
        long t3 = System.nanoTime();
        List<String> notices = new ArrayList<>(visit.notices());
        notices.addAll(Completeness.notices(sections, dialogue));
        DraftNote note = new DraftNote(sections, model.card().name() + "/" + model.card().version(), notices);
        Faithfulness.Report check = Faithfulness.check(note, dialogue, context);
        long t4 = System.nanoTime();
        warnings.addAll(notices);
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("parse", ms(t1 - t0));
        timings.put("model", ms(t2 - t1));
        timings.put("compose", ms(t3 - t2));
        timings.put("check", ms(t4 - t3));
        timings.put("total", ms(t4 - t0));
        return new Drafted(note, warnings, timings, visit, check);
    }

    /** What the model reads of the dialogue: each turn's sections and entities, each sentence's relevance. */
    public record Reading(List<TurnAnalysis> analysis, double[] relevance) {
    }

    public Reading read(Dialogue dialogue) {
        if (dialogue.turns().isEmpty()) {
            return new Reading(List.of(), new double[0]);
        }
        List<TurnAnalysis> analysis = model.analyse(dialogue.turns());
        return new Reading(analysis, model.relevance(analysis, sentences(dialogue)));
    }

    /** The dialogue's sentences as the relevance head reads them (the training run reads the same). */
    public static List<Sentence> sentences(Dialogue dialogue) {
        List<Sentence> out = new ArrayList<>();
        for (Utterance u : dialogue.utterances()) {
            String speaker = u.role() == Role.CLINICIAN ? "doctor" : u.role() == Role.PATIENT ? "patient" : "other";
            out.add(new Sentence(u.turn() - 1, u.start(), u.end(), speaker, u.question()));
        }
        return out;
    }

    /** Replaces the writer's raw scores by the model's calibrated chance that a clinician keeps each statement. */
    private List<Section> calibrated(List<Section> raw) {
        Calibration calibration = model.calibration();
        if (!calibration.fitted()) {
            return raw;
        }
        List<Section> out = new ArrayList<>();
        for (Section section : raw) {
            out.add(new Section(section.header(), section.statements().stream()
                    .map(s -> s.evidence().stream().allMatch(e -> e.reference() != null) ? s
                            : new Statement(s.text(), calibration.probability(calibrationInput(s, section.header())),
                                    s.evidence()))
                    .toList()));
        }
        return out;
    }

    /** What {@link Calibration} reads of a transcript statement (the training run reads the same). */
    public static Calibration.Input calibrationInput(Statement s, String header) {
        int cited = s.evidence().stream().filter(e -> e.turns() != null).mapToInt(e -> e.turns().size()).sum();
        return new Calibration.Input(s.confidence(), header, s.text(), cited);
    }

    /** The chart-only draft (no transcript, or one that cannot be read): the same writer, no conversation. */
    public DraftNote chartOnly(EncounterContext context) {
        Dialogue none = Dialogue.of(List.of());
        VisitModel visit = VisitReader.read(none, List.of(), new double[0], context);
        return new DraftNote(NoteWriter.write(visit, context), model.card().name() + "/" + model.card().version(),
                visit.notices());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
