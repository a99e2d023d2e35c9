package org.scribeonfhir.drafting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

/** The published encoder cut after an inner layer computes that layer exactly as the whole graph does. */
class OnnxGraphTest {

    static final String LAYER_4 = Encoder.output(4);

    static byte[] encoder() throws Exception {
        try (var in = OnnxGraphTest.class.getClassLoader().getResourceAsStream("bge-small-en-v1.5-q.onnx")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aGraphCutAfterLayerEightDropsTheLayersAboveItAndKeepsLayerFourUnchanged() throws Exception {
        byte[] full = encoder();
        byte[] whole = OnnxGraph.keepOnly(full, List.of("last_hidden_state", LAYER_4));
        byte[] cut = OnnxGraph.keepOnly(full, List.of(Encoder.output(8), LAYER_4));
        // Three of twelve layers' weights are gone (the embeddings stay).
        assertThat(cut.length).isLessThan(whole.length * 9 / 10);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession a = env.createSession(whole, Encoder.options());
                OrtSession b = env.createSession(cut, Encoder.options())) {
            assertThat(b.getOutputNames()).containsExactly(Encoder.output(8), LAYER_4);
            assertThat(layer4(env, b)).isEqualTo(layer4(env, a));
        }
    }

    @Test
    void aTensorNoNodeComputesIsRefused() throws Exception {
        assertThatThrownBy(() -> OnnxGraph.keepOnly(encoder(), List.of("/encoder/layer.99/output")))
                .hasMessageContaining("No node computes /encoder/layer.99/output");
    }

    @Test
    void bytesThatHoldNoGraphAreRefused() throws Exception {
        byte[] notAModel = Files.readAllBytes(Path.of("pom.xml"));
        assertThatThrownBy(() -> OnnxGraph.keepOnly(notAModel, List.of(LAYER_4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static float[] layer4(OrtEnvironment env, OrtSession s) throws Exception {
        long[] ids = {101, 3108, 3255, 1998, 2460, 2791, 102};
        long[] shape = {1, ids.length};
        try (OnnxTensor i = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor m = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {1, 1, 1, 1, 1, 1, 1}), shape);
                OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
                OrtSession.Result r = s.run(Map.of("input_ids", i, "attention_mask", m, "token_type_ids", t))) {
            java.nio.FloatBuffer fb = ((OnnxTensor) r.get(LAYER_4).orElseThrow()).getFloatBuffer();
            float[] out = new float[fb.remaining()];
            fb.get(out);
            return out;
        }
    }
}
