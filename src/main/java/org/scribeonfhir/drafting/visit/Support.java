package org.scribeonfhir.drafting.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.scribeonfhir.drafting.Evidence;

/**
 * What a fact of the visit rests on: the transcript turns that said it, the chart resources that hold it, and
 * how sure the extractor is (0–1, before calibration).
 */
public record Support(List<Integer> turns, List<String> references, double confidence) {

    public Support {
        turns = List.copyOf(new TreeSet<>(turns));
        references = List.copyOf(references);
    }

    public static Support of(double confidence, int... turns) {
        List<Integer> t = new ArrayList<>();
        for (int n : turns) {
            t.add(n);
        }
        return new Support(t, List.of(), confidence);
    }

    public static Support chart(String reference) {
        return new Support(List.of(), List.of(reference), 1.0);
    }

    /** Both supports together; the lower confidence. */
    public Support and(Support other) {
        if (other == null) {
            return this;
        }
        List<Integer> t = new ArrayList<>(turns);
        t.addAll(other.turns);
        List<String> r = new ArrayList<>(references);
        other.references.stream().filter(x -> !r.contains(x)).forEach(r::add);
        return new Support(t, r, Math.min(confidence, other.confidence));
    }

    public Support withReference(String reference) {
        if (reference == null || references.contains(reference)) {
            return this;
        }
        List<String> r = new ArrayList<>(references);
        r.add(reference);
        return new Support(turns, r, confidence);
    }

    public Support withConfidence(double c) {
        return new Support(turns, references, c);
    }

    public int firstTurn() {
        return turns.isEmpty() ? Integer.MAX_VALUE : turns.get(0);
    }

    /** As statement evidence: the turns (if any), then each chart resource. */
    public List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>();
        if (!turns.isEmpty()) {
            out.add(Evidence.transcript(turns));
        }
        references.forEach(r -> out.add(Evidence.fhir(r)));
        return out;
    }
}
