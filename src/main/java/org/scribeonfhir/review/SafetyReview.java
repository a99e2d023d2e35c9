package org.scribeonfhir.review;

import java.util.List;
import java.util.Map;

import org.scribeonfhir.validation.Finding;
import org.scribeonfhir.validation.SafetyChecks;

/**
 * The safety checks on a draft's text, with what the signer acknowledged: a critical finding nobody who may
 * sign acknowledged with a reason blocks signing; warnings only show.
 */
final class SafetyReview {

    /** The longest reason kept with an acknowledgement: a sentence or two, not a note. */
    static final int MAX_REASON = 1000;

    /** A finding and its acknowledgement, if it is critical and a signer acknowledged it (else null). */
    record Reviewed(Finding finding, Draft.Acknowledged acknowledged) {

        boolean open() {
            return finding.severity() == Finding.Severity.CRITICAL && acknowledged == null;
        }
    }

    private SafetyReview() {
    }

    /** The findings in these section texts of the draft, critical first, with their acknowledgements. */
    static List<Reviewed> of(Draft draft, Map<String, String> sections) {
        return SafetyChecks.of(sections, draft.context()).stream()
                .map(f -> new Reviewed(f, f.severity() == Finding.Severity.CRITICAL
                        ? draft.acknowledgement(f.key()).orElse(null) : null))
                .toList();
    }

    /** The critical findings in the draft's current text that nobody acknowledged yet. */
    static List<Finding> openCritical(Draft draft) {
        return of(draft, draft.sections()).stream().filter(Reviewed::open).map(Reviewed::finding).toList();
    }
}
