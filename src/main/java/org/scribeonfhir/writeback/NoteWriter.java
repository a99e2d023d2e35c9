package org.scribeonfhir.writeback;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;
import org.jboss.logging.Logger;
import org.scribeonfhir.ehr.EhrProblems;
import org.scribeonfhir.ehr.FhirClients;
import org.scribeonfhir.launch.LaunchConfig;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.Sessions;
import org.scribeonfhir.problem.LogSafe;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.ICreateTyped;

/** Writes a signed note to the launch's EHR; a retry of the same draft never makes a second note. */
@ApplicationScoped
public class NoteWriter {

    private static final Logger LOG = Logger.getLogger(NoteWriter.class);

    private final FhirClients clients;
    private final Sessions sessions;
    private final NoteDocument documents;
    private final WritebackConfig config;
    private final NoteSigner signer;

    NoteWriter(FhirClients clients, Sessions sessions, NoteDocument documents, WritebackConfig config,
            NoteSigner signer) {
        this.clients = clients;
        this.sessions = sessions;
        this.documents = documents;
        this.config = config;
        this.signer = signer;
    }

    /**
     * What was written: the note's reference ({@code DocumentReference/123}); its signed Provenance as JSON (kept by
     * us whatever the EHR does with it) and the reference the EHR gave it, or why the EHR did not take it.
     */
    public record Written(String reference, String provenanceJson, String provenanceReference,
            String provenanceProblem) {
    }

    /**
     * @param retry an earlier write of this draft failed: the EHR may have stored the note all the same (the answer
     *              was lost), so it is looked for by the draft's identifier before anything is sent again
     */
    public Written write(LaunchSession session, SignedNote note, boolean retry) {
        DocumentReference doc = documents.build(note, session.vendor());
        IGenericClient fhir = clients.client(session.iss(), sessions.accessToken(session));
        String stored = retry ? stored(fhir, note) : null;
        if (stored != null) {
            LOG.infof("Signed note of draft %s was already in the chart as %s; not written again", note.draftId(),
                    LogSafe.text(stored));
            return withProvenance(fhir, note, stored);
        }
        ICreateTyped create = fhir.create().resource(doc);
        if (session.vendor() == LaunchConfig.Vendor.GENERIC) {
            // Epic does not support If-None-Exist; there our draft state (written/write-failed) is the ledger.
            // HAPI's conditionalByUrl would send an absolute URL; the header takes only the search parameters.
            create = create.withAdditionalHeader("If-None-Exist", "identifier=" + java.net.URLEncoder.encode(
                    config.identifierSystem() + "|" + documents.identifierValue(note), StandardCharsets.UTF_8));
        }
        MethodOutcome outcome;
        try {
            outcome = create.execute();
        } catch (RuntimeException e) {
            throw EhrProblems.of(e, "saving the signed note");
        }
        if (outcome.getId() == null || outcome.getId().getIdPart() == null) {
            throw new org.scribeonfhir.problem.ProblemException(502, "ehr-no-id", "The EHR did not confirm the note",
                    "The EHR accepted the request but did not say where it stored the note.",
                    "Check the chart before signing again; tell hospital IT if the note is missing.");
        }
        String reference = "DocumentReference/" + outcome.getId().getIdPart();
        LOG.infof("Signed note of draft %s written as %s (created: %s)", note.draftId(), LogSafe.text(reference),
                outcome.getCreated());
        return withProvenance(fhir, note, reference);
    }

    /** The note the EHR holds with this draft's identifier, or null (none, or the EHR cannot search for it). */
    private String stored(IGenericClient fhir, SignedNote note) {
        try {
            Bundle found = fhir.search().forResource(DocumentReference.class)
                    .where(DocumentReference.IDENTIFIER.exactly().systemAndIdentifier(config.identifierSystem(),
                            documents.identifierValue(note)))
                    .returnBundle(Bundle.class).execute();
            return found.getEntry().stream().filter(e -> e.getResource() instanceof DocumentReference)
                    .map(e -> "DocumentReference/" + e.getResource().getIdElement().getIdPart()).findFirst()
                    .orElse(null);
        } catch (RuntimeException e) {
            // An EHR that cannot search by identifier: the create below still carries If-None-Exist where it can.
            LOG.infof("Could not look for an earlier write of draft %s (%s)", note.draftId(),
                    e.getClass().getSimpleName());
            return null;
        }
    }

    private Written withProvenance(IGenericClient fhir, SignedNote note, String reference) {
        Provenance provenance = NoteProvenance.build(note, reference, NoteDocument.CONTENT_TYPE,
                signer.sign(note.text().getBytes(StandardCharsets.UTF_8)));
        String json = fhir.getFhirContext().newJsonParser().encodeResourceToString(provenance);
        try {
            MethodOutcome written = fhir.create().resource(provenance).execute();
            String provenanceReference = written.getId() == null || written.getId().getIdPart() == null ? null
                    : "Provenance/" + written.getId().getIdPart();
            return new Written(reference, json, provenanceReference, provenanceReference == null
                    ? "The EHR took the Provenance but did not say where it stored it." : null);
        } catch (RuntimeException e) {
            // The note is in the chart; its signed Provenance stays with us and the pane says so.
            org.scribeonfhir.problem.ProblemException p = EhrProblems.of(e, "saving the note's signed Provenance");
            LOG.warnf("The signed Provenance of draft %s was not written (%s); kept by Scribe", note.draftId(),
                    LogSafe.text(p.code()));
            return new Written(reference, json, null, refused(e));
        }
    }

    /** Why the EHR kept no Provenance, in the words the pane puts in brackets. */
    private static String refused(RuntimeException e) {
        if (e instanceof ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException s) {
            int status = s.getStatusCode();
            String why = status == 404 || status == 405 || status == 501 ? ": it does not accept Provenance"
                    : status == 403 ? ": Scribe may not write Provenance there" : "";
            return "it answered HTTP " + status + why;
        }
        return "it did not answer";
    }
}
