package org.scribeonfhir.drafting.train;

import java.util.List;
import java.util.Random;

import ai.onnx.proto.OnnxMl;

/**
 * A one-hidden-layer softmax classifier (ReLU) trained with mini-batch Adam on frozen encoder features.
 * Inputs are standardised with the training set's mean and deviation; the export folds that into the
 * first layer, so the ONNX graph is just Gemm → Relu → Gemm → Softmax.
 */
final class Mlp {

    final int in;
    final int hidden;
    final int out;
    final float[] w1;
    final float[] b1;
    final float[] w2;
    final float[] b2;
    float[] mu;
    float[] sigma;

    Mlp(int in, int hidden, int out, long seed) {
        this.in = in;
        this.hidden = hidden;
        this.out = out;
        w1 = new float[in * hidden];
        b1 = new float[hidden];
        w2 = new float[hidden * out];
        b2 = new float[out];
        Random r = new Random(seed);
        double s1 = Math.sqrt(2.0 / in);
        for (int i = 0; i < w1.length; i++) {
            w1[i] = (float) (r.nextGaussian() * s1);
        }
        double s2 = Math.sqrt(1.0 / hidden);
        for (int i = 0; i < w2.length; i++) {
            w2[i] = (float) (r.nextGaussian() * s2);
        }
    }

    void standardise(List<float[]> x) {
        mu = new float[in];
        sigma = new float[in];
        double[] s = new double[in];
        double[] s2 = new double[in];
        for (float[] v : x) {
            for (int i = 0; i < in; i++) {
                s[i] += v[i];
                s2[i] += (double) v[i] * v[i];
            }
        }
        for (int i = 0; i < in; i++) {
            double m = s[i] / x.size();
            mu[i] = (float) m;
            sigma[i] = (float) Math.max(1e-3, Math.sqrt(Math.max(0, s2[i] / x.size() - m * m)));
        }
    }

    /** 0..n-1 in a seeded random order (Fisher–Yates). */
    private static int[] shuffled(int n, Random order) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = order.nextInt(i + 1);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return idx;
    }

    /** One pass over the data in a seeded random order. */
    void epoch(List<float[]> x, int[] y, float[] weight, Adam opt, Random order, double dropout) {
        int n = x.size();
        int[] idx = shuffled(n, order);
        float[] g1 = new float[w1.length];
        float[] gb1 = new float[hidden];
        float[] g2 = new float[w2.length];
        float[] gb2 = new float[out];
        float[] xs = new float[in];
        float[] h = new float[hidden];
        float[] dh = new float[hidden];
        float[] z = new float[out];
        int batch = 64;
        for (int b = 0; b < n; b += batch) {
            int end = Math.min(n, b + batch);
            java.util.Arrays.fill(g1, 0);
            java.util.Arrays.fill(gb1, 0);
            java.util.Arrays.fill(g2, 0);
            java.util.Arrays.fill(gb2, 0);
            for (int k = b; k < end; k++) {
                float[] v = x.get(idx[k]);
                for (int i = 0; i < in; i++) {
                    xs[i] = (v[i] - mu[i]) / sigma[i];
                }
                hiddenLayer(xs, h);
                for (int j = 0; j < hidden; j++) {
                    if (dropout > 0 && order.nextDouble() < dropout) {
                        h[j] = 0;
                    } else if (dropout > 0) {
                        h[j] /= (float) (1 - dropout);
                    }
                }
                softmax(h, z);
                float w = weight == null ? 1f : weight[idx[k]];
                z[y[idx[k]]] -= 1f;
                for (int c = 0; c < out; c++) {
                    z[c] *= w;
                    gb2[c] += z[c];
                }
                for (int j = 0; j < hidden; j++) {
                    float hj = h[j];
                    float d = 0;
                    for (int c = 0; c < out; c++) {
                        g2[j * out + c] += hj * z[c];
                        d += w2[j * out + c] * z[c];
                    }
                    dh[j] = hj > 0 ? d : 0;
                    gb1[j] += dh[j];
                }
                for (int i = 0; i < in; i++) {
                    float xi = xs[i];
                    if (xi == 0) {
                        continue;
                    }
                    int base = i * hidden;
                    for (int j = 0; j < hidden; j++) {
                        g1[base + j] += xi * dh[j];
                    }
                }
            }
            float scale = 1f / (end - b);
            opt.step(new float[][] {w1, b1, w2, b2}, new float[][] {g1, gb1, g2, gb2}, scale);
        }
    }

    /**
     * One pass of linear-chain CRF training over whole sentences (the entity head): the MLP's logits are the
     * emission scores, {@code transitions[i * out + j]} scores tag i followed by tag j and the last row
     * ({@code transitions[out * out + j]}) scores tag j first. The gradient of the negative log-likelihood
     * (forward-backward marginals minus the gold tags) flows into both. Sentences come in a seeded random
     * order, at least 64 tokens per step; the learning rate falls along a cosine from 1 to 0 over
     * {@code totalSteps}. Returns the summed negative log-likelihood.
     */
    double crfEpoch(List<float[][]> x, List<int[]> y, float[] transitions, Adam opt, Random order, double dropout,
            long totalSteps) {
        int n = x.size();
        int[] idx = shuffled(n, order);
        float[] g1 = new float[w1.length];
        float[] gb1 = new float[hidden];
        float[] g2 = new float[w2.length];
        float[] gb2 = new float[out];
        float[] gt = new float[transitions.length];
        float[] xs = new float[in];
        float[] dh = new float[hidden];
        float keep = dropout > 0 ? (float) (1 / (1 - dropout)) : 1f;
        double loss = 0;
        int tokens = 0;
        for (int si = 0; si < n; si++) {
            float[][] sx = x.get(idx[si]);
            int[] sy = y.get(idx[si]);
            int len = sx.length;
            if (len > 0) {
                float[][] hs = new float[len][hidden];
                float[][] emissions = new float[len][out];
                for (int t = 0; t < len; t++) {
                    standardised(sx[t], xs);
                    hiddenLayer(xs, hs[t]);
                    for (int j = 0; j < hidden; j++) {
                        if (dropout > 0 && order.nextDouble() < dropout) {
                            hs[t][j] = 0;
                        } else {
                            hs[t][j] *= keep;
                        }
                    }
                    logits(hs[t], emissions[t]);
                }
                float[][] ge = new float[len][out];
                loss += crf(emissions, sy, transitions, ge, gt);
                for (int t = 0; t < len; t++) {
                    for (int c = 0; c < out; c++) {
                        gb2[c] += ge[t][c];
                    }
                    for (int j = 0; j < hidden; j++) {
                        float hj = hs[t][j];
                        float d = 0;
                        for (int c = 0; c < out; c++) {
                            g2[j * out + c] += hj * ge[t][c];
                            d += w2[j * out + c] * ge[t][c];
                        }
                        dh[j] = hj > 0 ? d * keep : 0;
                        gb1[j] += dh[j];
                    }
                    standardised(sx[t], xs);
                    for (int i = 0; i < in; i++) {
                        float xi = xs[i];
                        if (xi == 0) {
                            continue;
                        }
                        int base = i * hidden;
                        for (int j = 0; j < hidden; j++) {
                            g1[base + j] += xi * dh[j];
                        }
                    }
                }
                tokens += len;
            }
            if (tokens > 0 && (tokens >= 64 || si == n - 1)) {
                opt.rate = 0.5 * (1 + Math.cos(Math.PI * Math.min(1.0, (double) opt.t / totalSteps)));
                opt.step(new float[][] {w1, b1, w2, b2, transitions}, new float[][] {g1, gb1, g2, gb2, gt},
                        1f / tokens);
                tokens = 0;
                java.util.Arrays.fill(g1, 0);
                java.util.Arrays.fill(gb1, 0);
                java.util.Arrays.fill(g2, 0);
                java.util.Arrays.fill(gb2, 0);
                java.util.Arrays.fill(gt, 0);
            }
        }
        return loss;
    }

    /** Negative log-likelihood of the gold tags; fills the emission gradient and adds the transitions'. */
    private double crf(float[][] em, int[] y, float[] tr, float[][] ge, float[] gt) {
        int n = em.length;
        int k = out;
        double[][] alpha = new double[n][k];
        double[][] beta = new double[n][k];
        double[] tmp = new double[k];
        for (int j = 0; j < k; j++) {
            alpha[0][j] = tr[k * k + j] + em[0][j];
        }
        for (int t = 1; t < n; t++) {
            for (int j = 0; j < k; j++) {
                for (int i = 0; i < k; i++) {
                    tmp[i] = alpha[t - 1][i] + tr[i * k + j];
                }
                alpha[t][j] = logSumExp(tmp) + em[t][j];
            }
        }
        for (int t = n - 2; t >= 0; t--) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    tmp[j] = tr[i * k + j] + em[t + 1][j] + beta[t + 1][j];
                }
                beta[t][i] = logSumExp(tmp);
            }
        }
        double z = logSumExp(alpha[n - 1]);
        double gold = tr[k * k + y[0]] + em[0][y[0]];
        for (int t = 1; t < n; t++) {
            gold += tr[y[t - 1] * k + y[t]] + em[t][y[t]];
        }
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < k; j++) {
                ge[t][j] = (float) Math.exp(alpha[t][j] + beta[t][j] - z) - (y[t] == j ? 1f : 0f);
            }
        }
        for (int j = 0; j < k; j++) {
            gt[k * k + j] += (float) Math.exp(alpha[0][j] + beta[0][j] - z) - (y[0] == j ? 1f : 0f);
        }
        for (int t = 1; t < n; t++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    gt[i * k + j] += (float) Math.exp(alpha[t - 1][i] + tr[i * k + j] + em[t][j] + beta[t][j] - z)
                            - (y[t - 1] == i && y[t] == j ? 1f : 0f);
                }
            }
        }
        return z - gold;
    }

    private static double logSumExp(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : a) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    private void standardised(float[] v, float[] xs) {
        for (int i = 0; i < in; i++) {
            xs[i] = (v[i] - mu[i]) / sigma[i];
        }
    }

    private void logits(float[] h, float[] z) {
        System.arraycopy(b2, 0, z, 0, out);
        for (int j = 0; j < hidden; j++) {
            float hj = h[j];
            if (hj == 0) {
                continue;
            }
            for (int c = 0; c < out; c++) {
                z[c] += hj * w2[j * out + c];
            }
        }
    }

    private void hiddenLayer(float[] xs, float[] h) {
        System.arraycopy(b1, 0, h, 0, hidden);
        for (int i = 0; i < in; i++) {
            float xi = xs[i];
            int base = i * hidden;
            for (int j = 0; j < hidden; j++) {
                h[j] += xi * w1[base + j];
            }
        }
        for (int j = 0; j < hidden; j++) {
            if (h[j] < 0) {
                h[j] = 0;
            }
        }
    }

    private void softmax(float[] h, float[] z) {
        System.arraycopy(b2, 0, z, 0, out);
        for (int j = 0; j < hidden; j++) {
            float hj = h[j];
            if (hj == 0) {
                continue;
            }
            for (int c = 0; c < out; c++) {
                z[c] += hj * w2[j * out + c];
            }
        }
        float max = z[0];
        for (int c = 1; c < out; c++) {
            max = Math.max(max, z[c]);
        }
        float sum = 0;
        for (int c = 0; c < out; c++) {
            z[c] = (float) Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < out; c++) {
            z[c] /= sum;
        }
    }

    float[] predict(float[] v) {
        float[] xs = new float[in];
        for (int i = 0; i < in; i++) {
            xs[i] = (v[i] - mu[i]) / sigma[i];
        }
        float[] h = new float[hidden];
        hiddenLayer(xs, h);
        float[] z = new float[out];
        softmax(h, z);
        return z;
    }

    /** Adam with decoupled weight decay. */
    static final class Adam {
        final double lr;
        final double decay;
        /** Multiplies the learning rate (a schedule sets it before each step); 1 by default. */
        double rate = 1.0;
        float[][] m;
        float[][] v;
        int t;

        Adam(double lr, double decay) {
            this.lr = lr;
            this.decay = decay;
        }

        void step(float[][] params, float[][] grads, float scale) {
            if (m == null) {
                m = new float[params.length][];
                v = new float[params.length][];
                for (int p = 0; p < params.length; p++) {
                    m[p] = new float[params[p].length];
                    v[p] = new float[params[p].length];
                }
            }
            t++;
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            float a = (float) (lr * rate * Math.sqrt(c2) / c1);
            float wd = (float) (lr * rate * decay);
            for (int p = 0; p < params.length; p++) {
                float[] w = params[p];
                float[] g = grads[p];
                float[] mp = m[p];
                float[] vp = v[p];
                for (int i = 0; i < w.length; i++) {
                    float gi = g[i] * scale;
                    mp[i] = 0.9f * mp[i] + 0.1f * gi;
                    vp[i] = 0.999f * vp[i] + 0.001f * gi * gi;
                    w[i] -= a * mp[i] / ((float) Math.sqrt(vp[i]) + 1e-8f) + wd * w[i];
                }
            }
        }
    }

    /** The head as an ONNX model: input {@code features [n, in]}, output {@code probabilities [n, out]}. */
    byte[] toOnnx(String name) {
        return toOnnx(name, null);
    }

    /**
     * As {@link #toOnnx(String)}; with {@code transitions} ({@code [(out + 1) * out]}, see {@link #crfEpoch}) the
     * graph also outputs them as a constant {@code transitions [out + 1, out]}, so the decoder's scores travel
     * in the same hash-checked file as the weights.
     */
    byte[] toOnnx(String name, float[] transitions) {
        float[] fw1 = new float[w1.length];
        float[] fb1 = b1.clone();
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < hidden; j++) {
                fw1[i * hidden + j] = w1[i * hidden + j] / sigma[i];
                fb1[j] -= mu[i] / sigma[i] * w1[i * hidden + j];
            }
        }
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder()
                .setName(name)
                .addInput(valueInfo("features", in))
                .addOutput(valueInfo("probabilities", out))
                .addInitializer(tensor("w1", fw1, in, hidden))
                .addInitializer(tensor("b1", fb1, hidden))
                .addInitializer(tensor("w2", w2, hidden, out))
                .addInitializer(tensor("b2", b2, out))
                .addNode(node("Gemm", "gemm1", List.of("features", "w1", "b1"), "h_lin"))
                .addNode(node("Relu", "relu", List.of("h_lin"), "h"))
                .addNode(node("Gemm", "gemm2", List.of("h", "w2", "b2"), "logits"))
                .addNode(node("Softmax", "softmax", List.of("logits"), "probabilities").toBuilder()
                        .addAttribute(OnnxMl.AttributeProto.newBuilder().setName("axis")
                                .setType(OnnxMl.AttributeProto.AttributeType.INT).setI(1)))
                .build();
        if (transitions != null) {
            OnnxMl.TensorShapeProto shape = OnnxMl.TensorShapeProto.newBuilder()
                    .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(out + 1))
                    .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(out)).build();
            graph = graph.toBuilder()
                    .addOutput(OnnxMl.ValueInfoProto.newBuilder().setName("transitions").setType(OnnxMl.TypeProto
                            .newBuilder().setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                                    .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setShape(shape))))
                    .addInitializer(tensor("transition_scores", transitions, out + 1, out))
                    .addNode(node("Identity", "transitions", List.of("transition_scores"), "transitions"))
                    .build();
        }
        return OnnxMl.ModelProto.newBuilder()
                .setIrVersion(8)
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
                .setProducerName("scribe-on-fhir TrainHeads")
                .setDomain("org.scribeonfhir.drafting")
                .setModelVersion(1)
                .setGraph(graph)
                .build().toByteArray();
    }

    private static OnnxMl.NodeProto node(String op, String name, List<String> inputs, String output) {
        return OnnxMl.NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs).addOutput(output).build();
    }

    private static OnnxMl.ValueInfoProto valueInfo(String name, int width) {
        OnnxMl.TensorShapeProto shape = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("n"))
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(width)).build();
        return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder()
                .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                        .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setShape(shape))).build();
    }

    private static OnnxMl.TensorProto tensor(String name, float[] data, int... dims) {
        java.nio.ByteBuffer raw = java.nio.ByteBuffer.allocate(data.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float f : data) {
            raw.putFloat(f);
        }
        OnnxMl.TensorProto.Builder t = OnnxMl.TensorProto.newBuilder().setName(name)
                .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber())
                .setRawData(com.google.protobuf.ByteString.copyFrom(raw.array()));
        for (int d : dims) {
            t.addDims(d);
        }
        return t.build();
    }
}
