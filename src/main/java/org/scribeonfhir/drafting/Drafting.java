package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.scribeonfhir.drafting.model.Calibration;
import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * Drafting without the container (the app wraps it in {@link NoteDrafter}; the benchmark uses it as is):
 * parse the turns, run the model once over them, compose the transcript's statements and add the chart's.
 */
public final class Drafting {

    /** Turns longer than this are drafted, but the draft says their speakers could not be told apart. */
    static final int LONG_TURN = 6_000;

    private final ClinicalModel model;
    private final ChartComposer chart = new ChartComposer();

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
        long t1 = System.nanoTime();
        List<TurnAnalysis> analysis = turns.isEmpty() ? List.of() : model.analyse(turns);
        long t2 = System.nanoTime();
        Map<String, List<Statement>> fromTranscript = new TranscriptComposer(analysis, pronouns(turns, context),
                context == null ? List.of() : context.medications()).compose();
        fromTranscript = calibrated(fromTranscript);
        DraftNote note = merge(fromTranscript, context);
        long t3 = System.nanoTime();
        if (fromTranscript.values().stream().allMatch(List::isEmpty)) {
            warnings.add("Nothing in the transcript could be tied to a part of the note, so no statement was drawn "
                    + "from it.");
        }
        return new Drafted(note, warnings, Map.of("parse", ms(t1 - t0), "model", ms(t2 - t1), "compose",
                ms(t3 - t2), "total", ms(t3 - t0)));
    }

    /** Replaces the composer's raw scores by the model's calibrated chance that a clinician keeps each statement. */
    private Map<String, List<Statement>> calibrated(Map<String, List<Statement>> raw) {
        Calibration calibration = model.calibration();
        if (!calibration.fitted()) {
            return raw;
        }
        Map<String, List<Statement>> out = new java.util.LinkedHashMap<>();
        raw.forEach((header, statements) -> out.put(header, statements.stream()
                .map(s -> new Statement(s.text(), calibration.probability(calibrationInput(s, header)),
                        s.evidence()))
                .toList()));
        return out;
    }

    /** What {@link Calibration} reads of a transcript statement (the training run reads the same). */
    public static Calibration.Input calibrationInput(Statement s, String header) {
        int cited = s.evidence().stream().filter(e -> e.turns() != null).mapToInt(e -> e.turns().size()).sum();
        return new Calibration.Input(s.confidence(), header, s.text(), cited);
    }

    /** The chart-only draft (no transcript, or one that cannot be read). */
    public DraftNote chartOnly(EncounterContext context) {
        return chart.compose(context);
    }

    /**
     * The chart's statements first, then the transcript's; a chart statement whose resource a transcript
     * statement already cites (a medication the visit talked about) is left out, since that one says more.
     */
    private DraftNote merge(Map<String, List<Statement>> transcript, EncounterContext context) {
        DraftNote charted = context == null ? null : chart.compose(context);
        java.util.Set<String> cited = new java.util.HashSet<>();
        transcript.values().forEach(list -> list.forEach(s -> s.evidence().forEach(e -> {
            if (e.reference() != null) {
                cited.add(e.reference());
            }
        })));
        List<Section> sections = new ArrayList<>();
        for (String header : NoteHeaders.ALL) {
            List<Statement> fromChart = new ArrayList<>();
            if (charted != null) {
                for (Statement s : charted.section(header).statements()) {
                    if (s.evidence().stream().noneMatch(e -> cited.contains(e.reference()))) {
                        fromChart.add(s);
                    }
                }
            }
            List<Statement> statements = new ArrayList<>(fromChart);
            if (!(header.equals(NoteHeaders.CHIEF_COMPLAINT) && !fromChart.isEmpty())) {
                statements.addAll(transcript.getOrDefault(header, List.of()));
            }
            sections.add(new Section(header, statements));
        }
        return new DraftNote(sections, model.card().name() + "/" + model.card().version());
    }

    /** He/she when the visit's opening line or the chart says so; "the patient" otherwise. */
    static Voice.Pronouns pronouns(List<Turn> turns, EncounterContext context) {
        for (Turn t : turns) {
            Matcher m = TranscriptComposer.INTRO.matcher(t.text());
            if (t.speaker().equals("doctor") && m.find()) {
                String rest = m.group(3).toLowerCase(Locale.ROOT);
                if (rest.matches("^\\s*(female|woman|lady|girl)\\b.*")) {
                    return Voice.Pronouns.FEMALE;
                }
                if (rest.matches("^\\s*(male|man|gentleman|boy|guy)\\b.*")) {
                    return Voice.Pronouns.MALE;
                }
            }
        }
        if (context != null && context.patient() != null && context.patient().gender() != null) {
            return switch (context.patient().gender().toLowerCase(Locale.ROOT)) {
                case "female" -> Voice.Pronouns.FEMALE;
                case "male" -> Voice.Pronouns.MALE;
                default -> Voice.Pronouns.UNKNOWN;
            };
        }
        int she = 0;
        int he = 0;
        for (Turn t : turns) {
            if (t.speaker().equals("doctor")) {
                for (String w : Utterances.words(t.text())) {
                    she += w.equals("she") || w.equals("her") ? 1 : 0;
                    he += w.equals("he") || w.equals("his") || w.equals("him") ? 1 : 0;
                }
            }
        }
        if (she >= 2 && she > 2 * he) {
            return Voice.Pronouns.FEMALE;
        }
        if (he >= 2 && he > 2 * she) {
            return Voice.Pronouns.MALE;
        }
        return Voice.Pronouns.UNKNOWN;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
