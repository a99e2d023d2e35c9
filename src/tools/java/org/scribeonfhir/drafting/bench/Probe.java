package org.scribeonfhir.drafting.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scribeonfhir.drafting.Transcript;
import org.scribeonfhir.drafting.Turn;
import org.scribeonfhir.drafting.model.Encoder;

public class Probe {
    public static void main(String[] a) throws Exception {
        Path data = Path.of(a[0]);
        int sessions = Integer.parseInt(a[1]);
        ClassLoader cl = Probe.class.getClassLoader();
        byte[] onnx = cl.getResourceAsStream("bge-small-en-v1.5-q.onnx").readAllBytes();
        try (Encoder enc = new Encoder(onnx, cl.getResourceAsStream("bge-small-en-v1.5-q-tokenizer.json"), sessions)) {
            var p = enc.tokenize("Metformin 500 mg BID, i'm fine.");
            System.out.println(Arrays.toString(p.tokens()) + " " + Arrays.toString(p.start()));
            List<AciBench.Encounter> test = AciBench.read(data, AciBench.VALID);
            int[] counts = new int[test.size()];
            long[] times = new long[test.size()];
            for (int rep = 0; rep < 2; rep++) {
                for (int i = 0; i < test.size(); i++) {
                    List<Turn> turns = Transcript.parse(test.get(i).dialogue());
                    long t0 = System.nanoTime();
                    List<Encoder.Pieces> ps = new ArrayList<>();
                    for (Turn t : turns) ps.add(enc.tokenize(t.text()));
                    enc.encode(ps);
                    times[i] = (System.nanoTime() - t0) / 1_000_000;
                    counts[i] = ps.stream().mapToInt(Encoder.Pieces::size).sum();
                }
            }
            System.out.println("tokens " + Arrays.toString(counts));
            System.out.println("ms " + Arrays.toString(times));
        }
    }
}
