package org.scribeonfhir.review;

import java.util.List;

import org.scribeonfhir.validation.Finding;

/**
 * Sign was pressed without the attestation, with "check" statements nobody looked at, or with critical safety
 * findings nobody acknowledged: the text was saved, nothing was signed; the pane asks again, the API answers
 * 409 with the open critical findings, else 422 with the statements.
 */
class SignNeedsReview extends RuntimeException {

    private final transient List<String> unreviewed;
    private final boolean attested;
    private final transient List<Finding> openCritical;
    private final transient Draft saved;

    SignNeedsReview(List<String> unreviewed, boolean attested, List<Finding> openCritical, Draft saved) {
        super("signing needs the signer's review", null, false, false);
        this.unreviewed = List.copyOf(unreviewed);
        this.attested = attested;
        this.openCritical = List.copyOf(openCritical);
        this.saved = saved;
    }

    /** Critical safety findings in the saved text nobody acknowledged. */
    List<Finding> openCritical() {
        return openCritical;
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
