package org.scribeonfhir.drafting.model;

/**
 * What the section head sees of a turn: the mean state of its tokens, of the turn before and of the turn
 * after (zeros where there is none), who speaks, and where in the visit it falls. Training and inference
 * build the vector here, so they cannot drift apart.
 */
public final class Features {

    public static final int SPEAKERS = 3;
    public static final int POSITIONS = 6;
    public static final int SECTION_DIM = 3 * Encoder.DIM + SPEAKERS + POSITIONS;
    /** What the entity head sees of a token: its state (three encoder layers) and the lexicon's flags. */
    public static final int ENTITY_DIM = Encoder.TOKEN_DIM + Lexicon.FLAGS;
    /** What the relevance head sees of a sentence: its mean state, its turn's, the turn before's, who, a question. */
    public static final int RELEVANCE_DIM = 3 * Encoder.DIM + SPEAKERS + 1 + POSITIONS;

    private Features() {
    }

    public static float[] entity(float[] state, float[] lexiconFlags) {
        float[] f = new float[ENTITY_DIM];
        System.arraycopy(state, 0, f, 0, Encoder.TOKEN_DIM);
        System.arraycopy(lexiconFlags, 0, f, Encoder.TOKEN_DIM, Lexicon.FLAGS);
        return f;
    }

    /** Mean of the tokens' states in the deepest layer read ({@code Encoder.LAYERS[0]}), or zeros without tokens. */
    public static float[] mean(float[][] states) {
        float[] m = new float[Encoder.DIM];
        if (states == null || states.length == 0) {
            return m;
        }
        for (float[] s : states) {
            for (int d = 0; d < Encoder.DIM; d++) {
                m[d] += s[d];
            }
        }
        for (int d = 0; d < Encoder.DIM; d++) {
            m[d] /= states.length;
        }
        return m;
    }

    /**
     * @param speaker  "doctor", "patient" or anything else
     * @param position relative position in the visit in [0, 1], or negative when unknown (a lone excerpt)
     */
    public static float[] section(float[] self, float[] before, float[] after, String speaker, double position) {
        float[] f = new float[SECTION_DIM];
        System.arraycopy(self, 0, f, 0, Encoder.DIM);
        if (before != null) {
            System.arraycopy(before, 0, f, Encoder.DIM, Encoder.DIM);
        }
        if (after != null) {
            System.arraycopy(after, 0, f, 2 * Encoder.DIM, Encoder.DIM);
        }
        int base = 3 * Encoder.DIM;
        f[base + speakerIndex(speaker)] = 1f;
        int bucket = position < 0 ? POSITIONS - 1 : Math.min(POSITIONS - 2, (int) (position * (POSITIONS - 1)));
        f[base + SPEAKERS + bucket] = 1f;
        return f;
    }

    public static float[] relevance(float[] self, float[] turn, float[] before, String speaker, boolean question,
            double position) {
        float[] f = new float[RELEVANCE_DIM];
        System.arraycopy(self, 0, f, 0, Encoder.DIM);
        System.arraycopy(turn, 0, f, Encoder.DIM, Encoder.DIM);
        if (before != null) {
            System.arraycopy(before, 0, f, 2 * Encoder.DIM, Encoder.DIM);
        }
        int base = 3 * Encoder.DIM;
        f[base + speakerIndex(speaker)] = 1f;
        f[base + SPEAKERS] = question ? 1f : 0f;
        int bucket = position < 0 ? POSITIONS - 1 : Math.min(POSITIONS - 2, (int) (position * (POSITIONS - 1)));
        f[base + SPEAKERS + 1 + bucket] = 1f;
        return f;
    }

    static int speakerIndex(String speaker) {
        if ("doctor".equals(speaker)) {
            return 0;
        }
        return "patient".equals(speaker) ? 1 : 2;
    }
}
