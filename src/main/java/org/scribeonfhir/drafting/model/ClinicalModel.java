package org.scribeonfhir.drafting.model;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import ai.onnxruntime.OrtException;

import org.scribeonfhir.drafting.Turn;

/**
 * The encoder and the two heads, checked against the model card. One encoder pass over the visit gives
 * the token states; the entity head reads each token, the section head reads each turn in context.
 */
public final class ClinicalModel implements AutoCloseable {

    public static final String ENCODER = "encoder";
    public static final String TOKENIZER = "tokenizer";
    public static final String SECTION_HEAD = "section-head";
    public static final String ENTITY_HEAD = "entity-head";
    public static final String LEXICON = "lexicon";
    public static final String CALIBRATION = "confidence-calibration";
    /** Sentence head: clinical content (1) or small talk and logistics (0). Optional until trained. */
    public static final String RELEVANCE_HEAD = "relevance-head";
    /** The entity head's second output: CRF transition scores {@code [tags + 1, tags]} (last row: first tag). */
    public static final String TRANSITIONS = "transitions";

    private final ModelCard card;
    private final Encoder encoder;
    private final Head sections;
    private final Head entities;
    private final Lexicon lexicon;
    private final float[][] transitions;
    private final Calibration calibration;
    private final Head relevance;

    private ClinicalModel(ModelCard card, Encoder encoder, Head sections, Head entities, Lexicon lexicon,
            Calibration calibration, Head relevance) {
        this.card = card;
        this.relevance = relevance;
        this.calibration = calibration;
        this.transitions = entities.constant(TRANSITIONS);
        this.lexicon = lexicon;
        this.encoder = encoder;
        this.sections = sections;
        this.entities = entities;
    }

    /** Loads the model named by the card, after checking every file's hash against it. */
    public static ClinicalModel load(ClassLoader loader, int encoderSessions) {
        ModelCard card = ModelCard.read(loader);
        card.verify(loader);
        return open(card, loader, encoderSessions);
    }

    /** Loads without the card's hash check: only for the training run that is about to write the card. */
    public static ClinicalModel open(ModelCard card, ClassLoader loader, int encoderSessions) {
        RuntimeTelemetry.requireNone(loader);
        try {
            Encoder encoder = new Encoder(ModelCard.resource(loader, card.file(ENCODER).resource()),
                    new ByteArrayInputStream(ModelCard.resource(loader, card.file(TOKENIZER).resource())),
                    encoderSessions);
            Head sections = new Head(ModelCard.resource(loader, card.file(SECTION_HEAD).resource()),
                    Features.SECTION_DIM);
            Head entities = new Head(ModelCard.resource(loader, card.file(ENTITY_HEAD).resource()),
                    Features.ENTITY_DIM);
            Lexicon lexicon = Lexicon.parse(ModelCard.resource(loader, card.file(LEXICON).resource()));
            Calibration calibration = card.hasFile(CALIBRATION)
                    ? Calibration.parse(ModelCard.resource(loader, card.file(CALIBRATION).resource()))
                    : Calibration.NONE;
            Head relevance = card.hasFile(RELEVANCE_HEAD)
                    ? new Head(ModelCard.resource(loader, card.file(RELEVANCE_HEAD).resource()), Features.RELEVANCE_DIM)
                    : null;
            return new ClinicalModel(card, encoder, sections, entities, lexicon, calibration, relevance);
        } catch (OrtException | java.io.IOException e) {
            throw new IllegalStateException("The drafting model could not be loaded", e);
        }
    }

    public ModelCard card() {
        return card;
    }

    public Encoder encoder() {
        return encoder;
    }

    public Head sectionHead() {
        return sections;
    }

    public Head entityHead() {
        return entities;
    }

    /** The entity decoder's bias towards "O", chosen on BC5CDR dev by the training run. */
    public double outsideBoost() {
        return card.json().path("decoding").path("entity_outside_boost").asDouble(1.0);
    }

    /** The entity head's tag transition scores, for {@link BioDecoder} (null for a head without them). */
    public float[][] transitions() {
        return transitions;
    }

    /** Entity spans of one text from the entity head's per-token probabilities. */
    public List<Span> decodeEntities(Encoder.Pieces pieces, float[][] probs) {
        return BioDecoder.decode(pieces, probs, Labels.BIO, outsideBoost(), transitions);
    }

    /** Maps the composer's raw statement scores to the chance a clinician keeps the statement. */
    public Calibration calibration() {
        return calibration;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * What the model reads in one turn: its tokens, section probabilities and entities (head + rules); the
     * token states stay for the relevance head ({@code null} in fixtures).
     */
    public record TurnAnalysis(Turn turn, Encoder.Pieces pieces, float[] sections, List<ClinicalEntity> entities,
            float[][] states) {

        public TurnAnalysis(Turn turn, Encoder.Pieces pieces, float[] sections, List<ClinicalEntity> entities) {
            this(turn, pieces, sections, entities, null);
        }
    }

    /** One sentence of a turn: {@code [start, end)} in the turn's text. */
    public record Sentence(int turn, int start, int end, String speaker, boolean question) {
    }

    public boolean hasRelevanceHead() {
        return relevance != null;
    }

    /**
     * The chance that each sentence is clinical content rather than small talk: the relevance head when the
     * model has one, else the section head's chance that the sentence's turn belongs in the note.
     *
     * @param turn index into {@code analysis} for each sentence
     */
    public double[] relevance(List<TurnAnalysis> analysis, List<Sentence> sentences) {
        double[] out = new double[sentences.size()];
        if (relevance == null) {
            int none = Labels.SECTIONS.indexOf(Labels.NONE);
            for (int i = 0; i < out.length; i++) {
                float[] p = analysis.get(sentences.get(i).turn()).sections();
                out[i] = Math.max(0, Math.min(1, 1 - p[none]));
            }
            return out;
        }
        float[][] rows = relevanceFeatures(analysis, sentences);
        float[][] p = relevance.predict(rows);
        for (int i = 0; i < out.length; i++) {
            out[i] = p[i][1];
        }
        return out;
    }

    /** Relevance-head inputs (training and inference build them here, so they cannot drift apart). */
    public static float[][] relevanceFeatures(List<TurnAnalysis> analysis, List<Sentence> sentences) {
        int n = analysis.size();
        float[][] turnMeans = new float[n][];
        for (int t = 0; t < n; t++) {
            turnMeans[t] = Features.mean(analysis.get(t).states());
        }
        float[][] rows = new float[sentences.size()][];
        for (int i = 0; i < rows.length; i++) {
            Sentence s = sentences.get(i);
            TurnAnalysis a = analysis.get(s.turn());
            List<float[]> inside = new ArrayList<>();
            for (int k = 0; k < a.pieces().size(); k++) {
                if (a.pieces().start()[k] >= s.start() && a.pieces().end()[k] <= s.end() && a.pieces().start()[k] >= 0) {
                    inside.add(a.states()[k]);
                }
            }
            float[] own = inside.isEmpty() ? turnMeans[s.turn()] : Features.mean(inside.toArray(new float[0][]));
            float[] before = s.turn() > 0 ? turnMeans[s.turn() - 1] : null;
            double position = n == 1 ? 0.5 : (double) s.turn() / (n - 1);
            rows[i] = Features.relevance(own, turnMeans[s.turn()], before, s.speaker(), s.question(), position);
        }
        return rows;
    }

    public List<TurnAnalysis> analyse(List<Turn> turns) {
        List<Encoder.Pieces> pieces = new ArrayList<>(turns.size());
        for (Turn t : turns) {
            pieces.add(encoder.tokenize(t.text()));
        }
        float[][][] states = encoder.encode(pieces);
        float[][] sectionProbs = sections.predict(sectionFeatures(turns, states));
        int total = 0;
        for (float[][] s : states) {
            total += s.length;
        }
        float[][] tokens = new float[total][];
        int k = 0;
        for (int t = 0; t < turns.size(); t++) {
            float[][] flags = lexicon.flags(turns.get(t).text(), pieces.get(t));
            for (int i = 0; i < states[t].length; i++) {
                tokens[k++] = Features.entity(states[t][i], flags[i]);
            }
        }
        float[][] bio = entities.predict(tokens);
        List<TurnAnalysis> out = new ArrayList<>(turns.size());
        k = 0;
        for (int t = 0; t < turns.size(); t++) {
            int n = states[t].length;
            float[][] probs = java.util.Arrays.copyOfRange(bio, k, k + n);
            k += n;
            out.add(new TurnAnalysis(turns.get(t), pieces.get(t), sectionProbs[t],
                    EntityRules.annotate(turns.get(t).text(), decodeEntities(pieces.get(t), probs)), states[t]));
        }
        return out;
    }

    /** Section-head inputs for each turn of a visit (mean states of the turn and its neighbours). */
    public static float[][] sectionFeatures(List<Turn> turns, float[][][] states) {
        int n = turns.size();
        float[][] means = new float[n][];
        for (int t = 0; t < n; t++) {
            means[t] = Features.mean(states[t]);
        }
        float[][] rows = new float[n][];
        for (int t = 0; t < n; t++) {
            double position = n == 1 ? 0.5 : (double) t / (n - 1);
            rows[t] = Features.section(means[t], t > 0 ? means[t - 1] : null, t + 1 < n ? means[t + 1] : null,
                    turns.get(t).speaker(), position);
        }
        return rows;
    }

    @Override
    public void close() {
        encoder.close();
        try {
            sections.close();
            entities.close();
            if (relevance != null) {
                relevance.close();
            }
        } catch (OrtException e) {
            // shutting down
        }
    }
}
