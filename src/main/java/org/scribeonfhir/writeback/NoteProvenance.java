package org.scribeonfhir.writeback;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Signature;

/**
 * The Provenance written with every note (HL7 AI Transparency on FHIR): the note is its target; the drafting model
 * is an author (a contained Device: name, version, the hash of its files); the clinician who reviewed, edited and
 * signed is the verifier; and the signature is a detached JWS over the attachment's exact bytes.
 */
final class NoteProvenance {

    static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";
    static final String MODEL_HASH_SYSTEM = "urn:scribe-on-fhir:model-sha256";

    private NoteProvenance() {
    }

    static Provenance build(SignedNote note, String documentReference, String contentType, String jws) {
        Provenance p = new Provenance();
        p.addTarget(new Reference(documentReference));
        p.setRecordedElement(new InstantType(Date.from(note.signedAt())));
        p.setActivity(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-DataOperation",
                "CREATE", "create")));
        Device model = new Device();
        model.setId("drafting-model");
        String[] drafter = (note.drafter() == null ? "unknown/" : note.drafter()).split("/", 2);
        model.addDeviceName().setName(drafter[0]).setType(Device.DeviceNameType.MODELNAME);
        if (drafter.length > 1 && !drafter[1].isEmpty()) {
            model.addVersion().setValue(drafter[1]);
        }
        if (note.drafterSha256() != null) {
            model.addIdentifier().setSystem(MODEL_HASH_SYSTEM).setValue(note.drafterSha256());
        }
        model.setType(new CodeableConcept().setText("AI note-drafting model, run locally"));
        p.addContained(model);
        p.addAgent().setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE, "author", "Author")))
                .setWho(new Reference("#drafting-model").setDisplay(note.drafter() + " (drafted the note)"));
        p.addAgent().setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE, "verifier", "Verifier")))
                .setWho(new Reference(note.signer()));
        p.addSignature(new Signature()
                .addType(new Coding(SIGNATURE_TYPE, "1.2.840.10065.1.12.1.1", "Author's Signature"))
                .setWhenElement(new InstantType(Date.from(note.signedAt())))
                .setWho(new Reference(note.signer()))
                .setTargetFormat(contentType)
                .setSigFormat("application/jose")
                .setData(jws.getBytes(StandardCharsets.US_ASCII)));
        p.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDivAsString(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Drafted by " + xml(note.drafter()) + ", reviewed and "
                        + "signed by " + xml(note.signer()) + " at " + note.signedAt() + "; signed with a detached "
                        + "JWS over the note's text.</p></div>");
        return p;
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
