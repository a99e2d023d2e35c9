package org.scribeonfhir.review;

import java.util.List;

/**
 * Sign was pressed without the attestation, or with "check" statements nobody looked at: the text was saved,
 * nothing was signed; the pane asks again, the API answers 422 with the list.
 */
class SignNeedsReview extends RuntimeException {

    private final transient List<String> unreviewed;
    private final boolean attested;
    private final transient Draft saved;

    SignNeedsReview(List<String> unreviewed, boolean attested, Draft saved) {
        super("signing needs the signer's review", null, false, false);
        this.unreviewed = List.copyOf(unreviewed);
        this.attested = attested;
        this.saved = saved;
    }

    List<String> unreviewed() {
        return unreviewed;
    }

    boolean attested() {
        return attested;
    }

    /** The draft with the text as sent, saved. */
    Draft saved() {
        return saved;
    }
}
