package org.scribeonfhir.drafting.write;

import java.util.List;

import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.visit.Reason;

/** CHIEF COMPLAINT: the reason for the visit as a short noun phrase. */
final class ChiefComplaintWriter {

    private ChiefComplaintWriter() {
    }

    static List<Statement> write(Reason reason) {
        if (reason == null || reason.support() == null) {
            return List.of();
        }
        return List.of(Lines.statement(Lines.period(Lines.capital(reason.phrase())), reason.support()));
    }
}
