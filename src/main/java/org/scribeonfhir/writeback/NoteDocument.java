package org.scribeonfhir.writeback;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.scribeonfhir.launch.LaunchConfig;

/** Builds the US Core DocumentReference for a signed note, following the EHR vendor's rules. */
@ApplicationScoped
class NoteDocument {

    static final String CONTENT_TYPE = "text/plain; charset=utf-8";
    static final String US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";

    private final WritebackConfig config;

    NoteDocument(WritebackConfig config) {
        this.config = config;
    }

    String identifierValue(SignedNote note) {
        return "urn:uuid:" + note.draftId();
    }

    DocumentReference build(SignedNote note, LaunchConfig.Vendor vendor) {
        DocumentReference doc = new DocumentReference();
        // HL7 AI Transparency: an AI drafted this note (a clinician reviewed and signed it: see its Provenance).
        doc.getMeta().addSecurity(new Coding("http://terminology.hl7.org/CodeSystem/v3-ObservationValue", "AIAST",
                "Artificial Intelligence asserted"));
        doc.addIdentifier(new Identifier().setSystem(config.identifierSystem()).setValue(identifierValue(note)));
        doc.setStatus(DocumentReferenceStatus.CURRENT);
        doc.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        doc.setType(new CodeableConcept(new Coding(config.noteType().system(), config.noteType().code(),
                config.noteType().display())).setText(config.noteType().display()));
        doc.addCategory(new CodeableConcept(new Coding(US_CORE_CATEGORY, "clinical-note", "Clinical Note")));
        doc.setSubject(new Reference("Patient/" + note.patientId()));
        Date signedAt = Date.from(note.signedAt());
        doc.setDateElement(new InstantType(signedAt));
        doc.addAuthor(new Reference(note.signer()));
        // Oracle Health accepts authenticator only from system (backend) access; a provider's own
        // note is attested by docStatus=final and the single author being the signed-in user.
        if (vendor != LaunchConfig.Vendor.CERNER) {
            doc.setAuthenticator(new Reference(note.signer()));
        }
        DocumentReference.DocumentReferenceContextComponent context = doc.getContext();
        context.addEncounter(new Reference("Encounter/" + note.encounterId()));
        if (vendor == LaunchConfig.Vendor.CERNER) {
            // Oracle Health requires context.period.end (with a time) on provider writes.
            context.setPeriod(new Period().setEnd(signedAt));
        }
        // dom-6: a resource should carry a human-readable narrative; here, what the note is and its exact text.
        doc.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDivAsString(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + xml(config.noteType().display()) + ", signed "
                        + note.signedAt() + "</p><pre>" + xml(note.text()) + "</pre></div>");
        byte[] bytes = note.text().getBytes(StandardCharsets.UTF_8);
        doc.addContent().setAttachment(new Attachment()
                .setContentType(CONTENT_TYPE)
                .setData(bytes)
                .setTitle(config.noteType().display())
                .setCreationElement(new org.hl7.fhir.r4.model.DateTimeType(signedAt)));
        return doc;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
