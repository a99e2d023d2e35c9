package org.scribeonfhir.review;

/** Where a draft is in its life: drafted → edited → ready-for-signature → signed → written (or write-failed). */
enum DraftState {
    DRAFTED("drafted", "Draft"),
    EDITED("edited", "Edited"),
    READY_FOR_SIGNATURE("ready-for-signature", "Ready for signature"),
    SIGNED("signed", "Signing"),
    WRITTEN("written", "Signed, in the chart"),
    WRITE_FAILED("write-failed", "Not yet in the chart");

    private final String code;
    private final String label;

    DraftState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The state in words, as the pane's badge shows it. */
    String label() {
        return label;
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
