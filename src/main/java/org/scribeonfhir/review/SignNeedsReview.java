package org.scribeonfhir.review;

import java.util.List;
import java.util.Map;

/**
 * Sign was pressed without the attestation, or with "check" statements nobody looked at: nothing was saved or
 * signed; the pane asks again (the typed text shown back), the API answers 422 with the list.
 */
class SignNeedsReview extends RuntimeException {

    private final transient List<String> unreviewed;
    private final boolean attested;
    private final transient Map<String, String> typed;

    SignNeedsReview(List<String> unreviewed, boolean attested, Map<String, String> typed) {
        super("signing needs the signer's review", null, false, false);
        this.unreviewed = List.copyOf(unreviewed);
        this.attested = attested;
        this.typed = typed;
    }

    List<String> unreviewed() {
        return unreviewed;
    }

    boolean attested() {
        return attested;
    }

    Map<String, String> typed() {
        return typed;
    }
}
