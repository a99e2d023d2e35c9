package org.scribeonfhir.review;

/** Where a draft is in its life: drafted → edited → ready-for-signature → signed → written (or write-failed). */
enum DraftState {
    DRAFTED("drafted"),
    EDITED("edited"),
    READY_FOR_SIGNATURE("ready-for-signature"),
    SIGNED("signed"),
    WRITTEN("written"),
    WRITE_FAILED("write-failed");

    private final String code;

    DraftState(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static DraftState of(String code) {
        for (DraftState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown draft state " + code);
    }

    boolean editable() {
        return this != WRITTEN && this != SIGNED;
    }
}
