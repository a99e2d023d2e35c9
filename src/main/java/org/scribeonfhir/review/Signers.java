package org.scribeonfhir.review;

import org.scribeonfhir.launch.LaunchConfig;
import org.scribeonfhir.launch.LaunchSession;

/** Who may sign a draft: a Practitioner, and (by default) one the encounter lists as its attending clinician. */
final class Signers {

    private Signers() {
    }

    /** @return null when the user may sign, else why not (shown in the pane and in the refusal) */
    static String whyNot(LaunchSession session, Draft draft) {
        if (session.fhirUser() == null) {
            return "The EHR did not tell Scribe who you are, so the note cannot carry your signature.";
        }
        if (!"Practitioner".equals(session.fhirUserType())) {
            return "Only a clinician (a FHIR Practitioner) can sign notes; you are signed in as a "
                    + session.fhirUserType() + ".";
        }
        if (session.signers() == LaunchConfig.Signers.ANY_PRACTITIONER) {
            return null;
        }
        String me = tail(session.fhirUser());
        boolean attending = draft.context().encounter().attenders().stream().anyMatch(a -> tail(a).equals(me));
        return attending ? null
                : "Only the encounter's attending clinician signs this note. Mark it ready for signature instead.";
    }

    /** {@code Practitioner/123} of a relative or absolute reference. */
    private static String tail(String reference) {
        String[] parts = reference.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : reference;
    }
}
