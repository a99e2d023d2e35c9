package org.scribeonfhir.writeback;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Signature;
import org.scribeonfhir.ehr.EhrProblems;
import org.scribeonfhir.ehr.FhirClients;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.SessionCookies;
import org.scribeonfhir.launch.Sessions;
import org.scribeonfhir.problem.ProblemException;
import org.scribeonfhir.storage.StorageProblems;

import ca.uhn.fhir.rest.client.api.IGenericClient;

/**
 * Is this note in the chart exactly the note that was signed? Reads the note and its Provenance from the launch's
 * EHR (or, where the EHR did not keep the Provenance, the signed copy Scribe keeps) and checks the detached JWS
 * over the attachment's bytes with our current and retired keys.
 */
@Path("/api/notes/verify")
public class NoteVerifyResource {

    private final Sessions sessions;
    private final FhirClients clients;
    private final NoteSigner signer;
    private final DataSource db;

    NoteVerifyResource(Sessions sessions, FhirClients clients, NoteSigner signer, DataSource db) {
        this.sessions = sessions;
        this.clients = clients;
        this.signer = signer;
        this.db = db;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a signed note: {verified, reason, documentReference, provenance, keyId}")
    public Response verify(@QueryParam("documentReference") String reference,
            @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        if (reference == null || !reference.matches("DocumentReference/[A-Za-z0-9\\-.]{1,64}")) {
            throw new ProblemException(400, "not-a-note-reference", "Say which note to verify",
                    "documentReference must be a reference like DocumentReference/123.",
                    "Use the reference the pane showed when the note was written.");
        }
        IGenericClient fhir = clients.client(session.iss(), sessions.accessToken(session));
        DocumentReference doc;
        try {
            doc = fhir.read().resource(DocumentReference.class).withId(reference.substring(reference.indexOf('/') + 1))
                    .execute();
        } catch (RuntimeException e) {
            throw EhrProblems.of(e, "reading the note to verify");
        }
        Bundle provenances;
        try {
            provenances = fhir.search().forResource(Provenance.class).where(Provenance.TARGET.hasId(reference))
                    .returnBundle(Bundle.class).execute();
        } catch (RuntimeException e) {
            provenances = new Bundle(); // an EHR without Provenance: the signed copy Scribe keeps is checked instead
        }
        byte[] text = doc.getContentFirstRep().getAttachment().getData();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documentReference", reference);
        Optional<Signature> signature = provenances.getEntry().stream()
                .filter(e -> e.getResource() instanceof Provenance).map(e -> (Provenance) e.getResource())
                .flatMap(p -> p.getSignature().stream()).filter(s -> "application/jose".equals(s.getSigFormat()))
                .findFirst();
        String source = signature.isPresent() ? "the EHR's Provenance" : null;
        if (signature.isEmpty()) {
            signature = kept(session.iss(), reference).map(json -> fhir.getFhirContext().newJsonParser()
                    .parseResource(Provenance.class, json)).flatMap(p -> p.getSignature().stream().findFirst());
            source = signature.isPresent() ? "the signed Provenance Scribe keeps (the EHR did not keep it)" : null;
        }
        if (signature.isEmpty() || text == null) {
            out.put("verified", false);
            out.put("reason", text == null ? "the note has no text inline to check"
                    : "no signed Provenance for this note, in the EHR or kept by Scribe (not signed in Scribe?)");
            return Response.ok(out).header("Cache-Control", "no-store").build();
        }
        NoteSigner.Verification v = signer.verify(new String(signature.get().getData(), StandardCharsets.US_ASCII),
                text);
        out.put("verified", v.verified());
        out.put("reason", v.reason());
        out.put("provenance", source);
        out.put("keyId", v.keyId());
        out.put("signedBy", signature.get().getWho().getReference());
        out.put("signedAt", signature.get().getWhenElement().getValueAsString());
        return Response.ok(out).header("Cache-Control", "no-store").build();
    }

    private Optional<String> kept(String iss, String reference) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select p.provenance from "
                + "note_provenance p join draft d on d.id = p.draft_id where d.iss = ? and d.written_reference = ? order by p.recorded_at desc limit 1")) {
            ps.setString(1, iss);
            ps.setString(2, reference);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }
}
