package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;
import org.scribeonfhir.launch.SessionCookies;
import org.scribeonfhir.launch.Sessions;
import org.scribeonfhir.problem.ProblemException;

/**
 * {@code POST /api/drafts/preview}: a transcript ({@code text/plain}), or a transcript with chart facts
 * ({@code application/json}), in; the draft with its evidence, the model's identity and timings out.
 * Nothing is stored. Needs a launch session unless {@code scribe.drafting.preview-open} is set.
 */
@Path("/api/drafts/preview")
class PreviewResource {

    /** The JSON form: the transcript plus whatever chart facts the caller has (all optional). */
    record PreviewRequest(String transcript, PatientFacts patient, EncounterFacts encounter, List<ChartFact> conditions,
            List<ChartFact> vitals, List<ChartFact> labs, List<ChartFact> medications, List<ChartFact> allergies) {
    }

    private final NoteDrafter drafter;
    private final DraftingConfig config;
    private final Sessions sessions;

    PreviewResource(NoteDrafter drafter, DraftingConfig config, Sessions sessions) {
        this.drafter = drafter;
        this.config = config;
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a note from a transcript (one [doctor]/[patient] turn per line)")
    public Map<String, Object> fromText(String transcript, @CookieParam(SessionCookies.SESSION) String cookie) {
        allow(cookie);
        return render(drafter.preview(transcript, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a note from a transcript and chart facts")
    public Map<String, Object> fromJson(PreviewRequest request, @CookieParam(SessionCookies.SESSION) String cookie) {
        allow(cookie);
        if (request == null) {
            throw new ProblemException(400, "preview-empty", "The request is empty",
                    "Send {\"transcript\": \"[doctor] …\"} with optional chart facts.", TranscriptCheck.ACTION);
        }
        return render(drafter.preview(request.transcript(), chart(request)));
    }

    private void allow(String cookie) {
        if (!config.previewOpen()) {
            sessions.require(cookie);
        }
    }

    private static EncounterContext chart(PreviewRequest r) {
        List<List<ChartFact>> lists = new ArrayList<>();
        for (List<ChartFact> l : List.of(nn(r.conditions()), nn(r.vitals()), nn(r.labs()), nn(r.medications()),
                nn(r.allergies()))) {
            for (ChartFact f : l) {
                if (f == null || f.reference() == null || !f.reference().matches("[A-Za-z]+/[A-Za-z0-9.\\-]{1,64}")
                        || f.label() == null || f.label().isBlank()) {
                    throw new ProblemException(422, "chart-fact-invalid", "A chart fact cannot be cited",
                            "Every chart fact needs a label and a FHIR reference such as \"Observation/123\", "
                                    + "because every drafted statement must point at its source.",
                            "Add the reference and label to each fact, or leave the fact out.");
                }
            }
            lists.add(l);
        }
        EncounterFacts encounter = r.encounter() == null ? new EncounterFacts("preview", null, null, null, null,
                List.of()) : r.encounter();
        if (encounter.id() == null || encounter.id().isBlank()) {
            encounter = new EncounterFacts("preview", encounter.status(), encounter.type(), encounter.reason(),
                    encounter.start(), encounter.attenders() == null ? List.of() : encounter.attenders());
        }
        return new EncounterContext(r.patient(), encounter, lists.get(0), lists.get(1), lists.get(2), lists.get(3),
                lists.get(4), List.of(), r.transcript(), null, List.of());
    }

    private static <T> List<T> nn(List<T> l) {
        return l == null ? List.of() : l;
    }

    private Map<String, Object> render(Drafted d) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : d.note().sections()) {
            sections.add(Map.of("header", s.header(), "statements", s.statements()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sections", sections);
        body.put("text", DraftNote.render(d.note().texts()));
        body.put("model", NoteDrafter.modelBlock(drafter.model()));
        body.put("timings_ms", d.timingsMs());
        body.put("warnings", d.warnings());
        return body;
    }
}
