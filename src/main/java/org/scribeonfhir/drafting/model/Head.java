package org.scribeonfhir.drafting.model;

import java.nio.FloatBuffer;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** A small trained head: rows of features in, one probability per class out (ONNX, one thread). */
public final class Head implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;
    private final int dim;

    public Head(byte[] onnx, int dim) throws OrtException {
        this.env = OrtEnvironment.getEnvironment();
        this.session = env.createSession(onnx, Encoder.options());
        this.input = session.getInputNames().iterator().next();
        this.dim = dim;
    }

    public float[][] predict(float[][] rows) {
        if (rows.length == 0) {
            return new float[0][];
        }
        FloatBuffer buf = FloatBuffer.allocate(rows.length * dim);
        for (float[] r : rows) {
            buf.put(r, 0, dim);
        }
        buf.flip();
        try (OnnxTensor t = OnnxTensor.createTensor(env, buf, new long[] {rows.length, dim});
                OrtSession.Result r = session.run(Map.of(input, t))) {
            return (float[][]) r.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("A drafting head failed", e);
        }
    }

    /**
     * A constant output of the head (the entity head's CRF transition scores), or null when the graph has no
     * output of that name. Read with one row of zeros, since a constant does not depend on the input.
     */
    public float[][] constant(String output) {
        if (!session.getOutputNames().contains(output)) {
            return null;
        }
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.allocate(dim), new long[] {1, dim});
                OrtSession.Result r = session.run(Map.of(input, t), java.util.Set.of(output))) {
            return (float[][]) r.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("A drafting head failed", e);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
