package org.scribeonfhir.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** Reading FHIR codes the way a person would name them. */
public final class Codes {

    private Codes() {
    }

    /** The concept's text, else its first coding's display, else null. */
    public static String text(CodeableConcept cc) {
        if (cc == null) {
            return null;
        }
        if (cc.hasText()) {
            return cc.getText();
        }
        return cc.getCoding().stream().map(Coding::getDisplay).filter(s -> s != null).findFirst().orElse(null);
    }
}
