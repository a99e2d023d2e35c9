package org.scribeonfhir.drafting;

import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.check.Faithfulness;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * A draft with what the drafter could not do ({@code warnings}, in words a clinician understands) and
 * where the time went ({@code timingsMs}: parse, model, compose, check, total), the visit model it was
 * written from and the faithfulness check of what was written.
 */
public record Drafted(DraftNote note, List<String> warnings, Map<String, Long> timingsMs, VisitModel visit,
        Faithfulness.Report check) {

    public Drafted {
        warnings = List.copyOf(warnings);
        timingsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMs));
    }
}
