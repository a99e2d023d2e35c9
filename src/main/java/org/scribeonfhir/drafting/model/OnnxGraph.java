package org.scribeonfhir.drafting.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a serialized ONNX {@code ModelProto} so that its graph computes only the named tensors: the
 * nodes they need are kept, every other node and initializer is dropped, and the graph's outputs become
 * those tensors. onnxruntime runs every node of a graph whatever outputs are asked for, so an encoder read
 * at an inner layer only saves the layers above it once they are gone from the graph. The file on the
 * classpath stays as published (its hash is checked); only the bytes handed to onnxruntime change.
 */
final class OnnxGraph {

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_OUTPUT = 12;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int TENSOR_NAME = 8;
    private static final int LENGTH_DELIMITED = 2;

    private OnnxGraph() {
    }

    /** The model with a graph that ends at {@code outputs} (in that order). */
    static byte[] keepOnly(byte[] model, List<String> outputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length);
        boolean found = false;
        for (Field f : fields(model, 0, model.length)) {
            if (f.number() == MODEL_GRAPH && f.wireType() == LENGTH_DELIMITED && !found) {
                found = true;
                write(out, MODEL_GRAPH, graph(model, f, outputs));
            } else {
                out.write(model, f.from(), f.to() - f.from());
            }
        }
        if (!found) {
            throw new IllegalArgumentException("No graph in the model");
        }
        return out.toByteArray();
    }

    private static byte[] graph(byte[] b, Field graph, List<String> outputs) {
        List<Field> fields = fields(b, graph.payload(), graph.to());
        Map<String, Field> producer = new HashMap<>();
        for (Field f : fields) {
            if (f.number() == GRAPH_NODE) {
                for (String o : strings(b, f, NODE_OUTPUT)) {
                    producer.put(o, f);
                }
            }
        }
        Set<Field> needed = new HashSet<>();
        Set<String> tensors = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(outputs);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (!tensors.add(t)) {
                continue;
            }
            Field node = producer.get(t);
            if (node != null && needed.add(node)) {
                todo.addAll(strings(b, node, NODE_INPUT));
            }
        }
        for (String o : outputs) {
            if (!producer.containsKey(o)) {
                throw new IllegalArgumentException("No node computes " + o);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(graph.to() - graph.payload());
        for (Field f : fields) {
            boolean drop = f.number() == GRAPH_OUTPUT
                    || f.number() == GRAPH_NODE && !needed.contains(f)
                    || f.number() == GRAPH_INITIALIZER && !tensors.containsAll(strings(b, f, TENSOR_NAME));
            if (!drop) {
                out.write(b, f.from(), f.to() - f.from());
            }
        }
        for (String o : outputs) {
            ByteArrayOutputStream valueInfo = new ByteArrayOutputStream();
            write(valueInfo, 1, o.getBytes(StandardCharsets.UTF_8)); // ValueInfoProto.name; the type is inferred
            write(out, GRAPH_OUTPUT, valueInfo.toByteArray());
        }
        return out.toByteArray();
    }

    /** One field of a message: its bytes {@code [from, to)}, and where a length-delimited payload starts. */
    private record Field(int number, int wireType, int from, int payload, int to) {
    }

    private static List<Field> fields(byte[] b, int from, int to) {
        List<Field> out = new ArrayList<>();
        int[] pos = {from};
        while (pos[0] < to) {
            int start = pos[0];
            long tag = varint(b, pos);
            int wire = (int) (tag & 7);
            int payload;
            switch (wire) {
                case 0 -> {
                    varint(b, pos);
                    payload = pos[0];
                }
                case 1 -> payload = pos[0] += 8;
                case 5 -> payload = pos[0] += 4;
                case LENGTH_DELIMITED -> {
                    int len = (int) varint(b, pos);
                    payload = pos[0];
                    pos[0] += len;
                }
                default -> throw new IllegalArgumentException("Unsupported protobuf wire type " + wire);
            }
            out.add(new Field((int) (tag >>> 3), wire, start, payload, pos[0]));
        }
        return out;
    }

    private static List<String> strings(byte[] b, Field message, int number) {
        List<String> out = new ArrayList<>();
        for (Field f : fields(b, message.payload(), message.to())) {
            if (f.number() == number && f.wireType() == LENGTH_DELIMITED) {
                out.add(new String(b, f.payload(), f.to() - f.payload(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static long varint(byte[] b, int[] pos) {
        long v = 0;
        for (int shift = 0;; shift += 7) {
            byte x = b[pos[0]++];
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
    }

    private static void write(ByteArrayOutputStream out, int number, byte[] payload) {
        writeVarint(out, (long) number << 3 | LENGTH_DELIMITED);
        writeVarint(out, payload.length);
        out.writeBytes(payload);
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }
}
