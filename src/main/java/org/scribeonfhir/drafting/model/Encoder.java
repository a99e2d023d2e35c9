package org.scribeonfhir.drafting.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The frozen pretrained encoder (BGE-small-en v1.5, int8) and its WordPiece tokenizer. Texts are packed,
 * in order, into windows of at most {@value #WINDOW} tokens, so neighbouring turns give each other context
 * and short turns do not each pay for a pass; one pass yields the token states both heads read. Windows
 * are spread over a small pool of sessions with one intra-op thread each (on two cores, two sessions run
 * twice as fast as one session with two threads).
 */
public final class Encoder implements AutoCloseable {

    /** Tokens per encoder pass, [CLS] and [SEP] included: the cost per token is lowest around here. */
    public static final int WINDOW = 128;
    public static final int DIM = 384;
    /**
     * The encoder layers (0-based) a token's state is made of, in order. The first is the deepest layer run:
     * the graph is cut after it (layers 7 to 11 are never computed: 5 of the 12 layers' time; the heads
     * trained on it are as good as on layer 8, see drafting/README.md), and the sentence and turn features
     * read its part of the state. The lower layers keep more of the word-level information the entity
     * tagger needs.
     */
    public static final int[] LAYERS = {6, 4, 5};
    /** Width of a token's state: each layer's {@value #DIM} values, in the order of {@link #LAYERS}. */
    public static final int TOKEN_DIM = LAYERS.length * DIM;

    private final OrtEnvironment env;
    private final BlockingQueue<OrtSession> sessions;
    private final ExecutorService pool;
    private final HuggingFaceTokenizer tokenizer;
    private final long cls;
    private final long sep;

    public Encoder(byte[] onnx, InputStream tokenizerJson, int sessionCount) throws OrtException, IOException {
        env = OrtEnvironment.getEnvironment();
        sessions = new ArrayBlockingQueue<>(sessionCount);
        List<String> outputs = new ArrayList<>();
        for (int layer : LAYERS) {
            outputs.add(output(layer));
        }
        byte[] model = OnnxGraph.keepOnly(onnx, outputs);
        for (int i = 0; i < sessionCount; i++) {
            sessions.add(env.createSession(model, options()));
        }
        pool = Executors.newFixedThreadPool(sessionCount, r -> {
            Thread t = new Thread(r, "drafting-encoder");
            t.setDaemon(true);
            return t;
        });
        tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "false"));
        long[] special = tokenizer.encode("", true, false).getIds();
        cls = special[0];
        sep = special[special.length - 1];
    }

    /** The graph's name for the output of one encoder layer (its last LayerNorm) in the published model. */
    static String output(int layer) {
        return "/encoder/layer." + layer + "/output/LayerNorm/Add_1_output_0";
    }

    static OrtSession.SessionOptions options() throws OrtException {
        OrtSession.SessionOptions o = new OrtSession.SessionOptions();
        o.setIntraOpNumThreads(1);
        o.setInterOpNumThreads(1);
        o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        o.addConfigEntry("session.intra_op.allow_spinning", "0");
        return o;
    }

    /** WordPiece tokens of one text (no special tokens), with their character spans in it. */
    public Pieces tokenize(String text) {
        Encoding e = tokenizer.encode(text, false, false);
        CharSpan[] spans = e.getCharTokenSpans();
        int n = e.getIds().length;
        int[] start = new int[n];
        int[] end = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = spans[i] == null ? -1 : spans[i].getStart();
            end[i] = spans[i] == null ? -1 : spans[i].getEnd();
        }
        return new Pieces(e.getIds(), e.getTokens(), start, end);
    }

    /** Token states for each text, in order: {@code result[t][i]} is the {@value #TOKEN_DIM}-d state of token i of text t. */
    public float[][][] encode(List<Pieces> texts) {
        List<Window> windows = pack(texts);
        float[][][] out = new float[texts.size()][][];
        for (int t = 0; t < texts.size(); t++) {
            out[t] = new float[texts.get(t).size()][];
        }
        List<Future<float[][]>> runs = new ArrayList<>();
        for (Window w : windows) {
            runs.add(pool.submit(() -> run(w.ids())));
        }
        try {
            for (int k = 0; k < windows.size(); k++) {
                float[][] states = runs.get(k).get();
                Window w = windows.get(k);
                for (int j = 0; j < w.text().length; j++) {
                    out[w.text()[j]][w.token()[j]] = states[j + 1];
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while encoding", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The encoder failed", e.getCause());
        }
        return out;
    }

    /** Which text and token each window position (after [CLS]) holds. */
    record Window(long[] ids, int[] text, int[] token) {
    }

    static List<Window> pack(List<Pieces> texts) {
        int room = WINDOW - 2;
        List<Window> windows = new ArrayList<>();
        List<long[]> cur = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            Pieces p = texts.get(t);
            if (p.size() > 0 && cur.size() + p.size() > room && !cur.isEmpty()) {
                windows.add(window(cur));
                cur.clear();
            }
            for (int i = 0; i < p.size(); i++) {
                if (cur.size() == room) {
                    windows.add(window(cur));
                    cur.clear();
                }
                cur.add(new long[] {p.ids()[i], t, i});
            }
        }
        if (!cur.isEmpty()) {
            windows.add(window(cur));
        }
        return windows;
    }

    private static Window window(List<long[]> entries) {
        int n = entries.size();
        long[] ids = new long[n];
        int[] text = new int[n];
        int[] token = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = entries.get(i)[0];
            text[i] = (int) entries.get(i)[1];
            token[i] = (int) entries.get(i)[2];
        }
        return new Window(ids, text, token);
    }

    private float[][] run(long[] body) throws OrtException, InterruptedException {
        int n = body.length + 2;
        long[] ids = new long[n];
        ids[0] = cls;
        System.arraycopy(body, 0, ids, 1, body.length);
        ids[n - 1] = sep;
        long[] mask = new long[n];
        Arrays.fill(mask, 1L);
        long[] shape = {1, n};
        OrtSession session = sessions.take();
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n]), shape);
                OrtSession.Result r = session.run(Map.of("input_ids", idT, "attention_mask", maskT,
                        "token_type_ids", typeT))) {
            float[][] states = new float[n][TOKEN_DIM];
            for (int l = 0; l < LAYERS.length; l++) {
                FloatBuffer layer = ((OnnxTensor) r.get(output(LAYERS[l])).orElseThrow()).getFloatBuffer();
                for (int i = 0; i < n; i++) {
                    layer.get(states[i], l * DIM, DIM);
                }
            }
            return states;
        } finally {
            sessions.add(session);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        for (OrtSession s : sessions) {
            try {
                s.close();
            } catch (OrtException e) {
                // closing at shutdown: nothing left to do
            }
        }
        tokenizer.close();
    }

    /** WordPiece tokens of a text with character offsets ({@code -1} where the tokenizer gave none). */
    public record Pieces(long[] ids, String[] tokens, int[] start, int[] end) {
        public int size() {
            return ids.length;
        }
    }
}
