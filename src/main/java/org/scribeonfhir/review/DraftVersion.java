package org.scribeonfhir.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One saved text of a draft: who saved it, when, why (model, edit, regenerate…) and which sections changed. */
record DraftVersion(int version, String kind, String savedBy, Instant savedAt, List<String> changedSections,
        Map<String, String> sections) {
}
