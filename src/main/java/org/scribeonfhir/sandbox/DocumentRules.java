package org.scribeonfhir.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The minimum a written DocumentReference must satisfy, modelled on what real EHRs enforce for
 * notes (Epic: an existing encounter of the same patient; Oracle: content with a contentType).
 */
final class DocumentRules {

    private DocumentRules() {
    }

    /** @return every problem found; empty when the document is acceptable */
    static List<String> problems(DocumentReference doc, SandboxRecords records) {
        List<String> problems = new ArrayList<>();
        if (!doc.hasStatus()) {
            problems.add("DocumentReference.status is required.");
        }
        String patientId = Compartments.idOf(doc.getSubject(), "Patient");
        if (patientId == null) {
            problems.add("DocumentReference.subject must reference a Patient.");
        } else if (records.read("Patient", patientId).isEmpty()) {
            problems.add("DocumentReference.subject: Patient/" + patientId + " does not exist.");
        }
        if (!doc.getContext().hasEncounter()) {
            problems.add("DocumentReference.context.encounter is required: a note belongs to an encounter.");
        }
        for (Reference ref : doc.getContext().getEncounter()) {
            String encounterId = Compartments.idOf(ref, "Encounter");
            Resource encounter = encounterId == null ? null : records.read("Encounter", encounterId).orElse(null);
            if (encounter == null) {
                problems.add("DocumentReference.context.encounter: " + ref.getReference() + " does not exist.");
            } else if (patientId != null && !patientId.equals(Compartments.patientOf(encounter))) {
                problems.add("DocumentReference.context.encounter: Encounter/" + encounterId
                        + " belongs to another patient.");
            }
        }
        if (!doc.hasContent()) {
            problems.add("DocumentReference.content: at least one attachment is required.");
        }
        for (DocumentReference.DocumentReferenceContentComponent content : doc.getContent()) {
            Attachment a = content.getAttachment();
            if (!a.hasContentType()) {
                problems.add("DocumentReference.content.attachment.contentType is required.");
            }
            if (!a.hasData() && !a.hasUrl()) {
                problems.add("DocumentReference.content.attachment needs data or url.");
            }
            if (a.hasData() && a.hasSize() && a.getSize() != a.getData().length) {
                problems.add("DocumentReference.content.attachment.size is " + a.getSize() + " but data has "
                        + a.getData().length + " bytes.");
            }
        }
        for (Reference author : doc.getAuthor()) {
            String practitioner = Compartments.idOf(author, "Practitioner");
            if (practitioner != null && records.read("Practitioner", practitioner).isEmpty()) {
                problems.add("DocumentReference.author: Practitioner/" + practitioner + " does not exist.");
            }
        }
        return problems;
    }
}
