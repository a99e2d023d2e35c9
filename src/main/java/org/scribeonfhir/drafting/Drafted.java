package org.scribeonfhir.drafting;

import java.util.List;
import java.util.Map;

/**
 * A draft with what the drafter could not do ({@code warnings}, in words a clinician understands) and
 * where the time went ({@code timingsMs}: parse, model, compose, total).
 */
public record Drafted(DraftNote note, List<String> warnings, Map<String, Long> timingsMs) {

    public Drafted {
        warnings = List.copyOf(warnings);
        timingsMs = Map.copyOf(timingsMs);
    }
}
