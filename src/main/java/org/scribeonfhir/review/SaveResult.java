package org.scribeonfhir.review;

/** A save either went through, or found that someone else had saved first (the draft as it is now). */
record SaveResult(Draft draft, boolean conflict) {

    static SaveResult saved(Draft draft) {
        return new SaveResult(draft, false);
    }

    static SaveResult conflict(Draft current) {
        return new SaveResult(current, true);
    }
}
