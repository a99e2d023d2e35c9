package org.scribeonfhir.ehr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.Sessions;
import org.scribeonfhir.problem.ProblemException;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.IQuery;

/**
 * Reads the launch's encounter: patient and encounter are required, the rest is read in parallel and
 * degrades to a warning when the EHR cannot give it. Only the launch's own patient and encounter are
 * ever read; ids never come from the browser.
 */
@ApplicationScoped
public class EncounterReader {

    private static final Logger LOG = Logger.getLogger(EncounterReader.class);

    private final FhirClients clients;
    private final Sessions sessions;
    private final EhrConfig config;
    private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "ehr-read");
        t.setDaemon(true);
        return t;
    });

    EncounterReader(FhirClients clients, Sessions sessions, EhrConfig config) {
        this.clients = clients;
        this.sessions = sessions;
        this.config = config;
    }

    public EncounterContext read(LaunchSession session) {
        if (session.patientId() == null) {
            throw EhrProblems.noPatientContext();
        }
        if (session.encounterId() == null) {
            throw new ProblemException(400, "no-encounter-context", "The EHR did not say which encounter is open",
                    "Scribe writes the note to an encounter, and the EHR launched it without one.",
                    "Open Scribe from within the visit (encounter) you are documenting.");
        }
        IGenericClient fhir = clients.client(session.iss(), sessions.accessToken(session));
        String patientId = session.patientId();
        String encounterId = session.encounterId();
        long started = System.nanoTime();

        CompletableFuture<Patient> patient = async(() -> fhir.read().resource(Patient.class).withId(patientId)
                .execute());
        CompletableFuture<Encounter> encounter = async(() -> fhir.read().resource(Encounter.class)
                .withId(encounterId).execute());
        Map<String, CompletableFuture<List<ChartFact>>> optional = new LinkedHashMap<>();
        optional.put("active problems", search(fhir, Condition.class,
                q -> q.where(Condition.PATIENT.hasId(patientId)),
                c -> ChartMapper.isActive(c) ? ChartMapper.condition(c) : null));
        // Vitals, results and notes are read as of the visit, so they wait for the encounter's dates.
        CompletableFuture<VisitWindow> window = encounter.thenApply(VisitWindow::of);
        int count = config.observationCount();
        optional.put("vital signs", window.thenApplyAsync(w -> RecentFacts.read(fhir, Observation.class, w,
                Observation.DATE, count, q -> q.where(Observation.PATIENT.hasId(patientId))
                        .and(Observation.CATEGORY.exactly().code("vital-signs")),
                o -> ChartMapper.observation(o, "vital"), ChartMapper::when), pool));
        optional.put("lab results", window.thenApplyAsync(w -> RecentFacts.read(fhir, Observation.class, w,
                Observation.DATE, count, q -> q.where(Observation.PATIENT.hasId(patientId))
                        .and(Observation.CATEGORY.exactly().code("laboratory")),
                o -> ChartMapper.observation(o, "lab"), ChartMapper::when), pool));
        optional.put("medications", search(fhir, MedicationRequest.class,
                q -> q.where(MedicationRequest.PATIENT.hasId(patientId))
                        .and(MedicationRequest.STATUS.exactly().code("active")),
                m -> m.getStatus() == null || m.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE
                        ? ChartMapper.medication(m) : null));
        optional.put("allergies", search(fhir, AllergyIntolerance.class,
                q -> q.where(AllergyIntolerance.PATIENT.hasId(patientId)),
                a -> ChartMapper.isActive(a) ? ChartMapper.allergy(a) : null));
        optional.put("prior notes", window.thenApplyAsync(w -> RecentFacts.read(fhir, DocumentReference.class, w,
                DocumentReference.DATE, 5, q -> q.where(DocumentReference.PATIENT.hasId(patientId))
                        .and(DocumentReference.CATEGORY.exactly()
                                .systemAndCode("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                        "clinical-note")),
                ChartMapper::note, d -> d.hasDate() ? d.getDateElement() : null), pool));
        CompletableFuture<List<DocumentReference>> transcripts = async(() -> resources(fhir.search()
                .forResource(DocumentReference.class)
                .where(DocumentReference.PATIENT.hasId(patientId))
                .and(DocumentReference.ENCOUNTER.hasId(encounterId))
                .and(DocumentReference.TYPE.exactly().systemAndCode(config.transcriptType().system(),
                        config.transcriptType().code()))
                .returnBundle(Bundle.class).execute(), DocumentReference.class));

        Patient p = required(patient, "the patient's record");
        Encounter e = required(encounter, "the encounter");
        String subject = e.getSubject().getReferenceElement().getIdPart();
        if (subject != null && !subject.equals(patientId)) {
            throw new ProblemException(409, "encounter-patient-mismatch", "The encounter belongs to another patient",
                    "The EHR launched Scribe with an encounter that is not this patient's, so nothing was drafted.",
                    "Close this panel, and open Scribe again from the patient's chart.");
        }

        List<String> warnings = new ArrayList<>();
        Map<String, List<ChartFact>> facts = new LinkedHashMap<>();
        optional.forEach((what, future) -> {
            try {
                facts.put(what, future.join());
            } catch (CompletionException ex) {
                RuntimeException cause = ex.getCause() instanceof RuntimeException r ? r : ex;
                LOG.warnf("Reading %s failed: %s", what, EhrProblems.describe(cause));
                warnings.add("Could not read " + what + " from the EHR (" + EhrProblems.describe(cause)
                        + "); the draft does not include them.");
                facts.put(what, List.of());
            }
        });

        String transcript = null;
        String transcriptSource = null;
        try {
            List<DocumentReference> found = transcripts.join();
            if (found.isEmpty()) {
                warnings.add("The EHR has no transcript for this encounter. Paste or upload one to draft from it.");
            } else {
                DocumentReference doc = newest(found);
                transcriptSource = ChartMapper.ref(doc);
                transcript = transcriptText(fhir, session.iss(), doc, warnings);
                if (transcript == null) {
                    transcriptSource = null;
                }
            }
        } catch (CompletionException ex) {
            RuntimeException cause = ex.getCause() instanceof RuntimeException r ? r : ex;
            warnings.add("Could not read the visit transcript (" + EhrProblems.describe(cause)
                    + "). Paste or upload it to draft from it.");
        }
        LOG.infof("Read encounter context in %d ms (%d warnings)", (System.nanoTime() - started) / 1_000_000,
                warnings.size());
        return new EncounterContext(ChartMapper.patient(p), ChartMapper.encounter(e), facts.get("active problems"),
                latestPerCode(facts.get("vital signs")), facts.get("lab results"), facts.get("medications"),
                facts.get("allergies"), facts.get("prior notes"), transcript, transcriptSource,
                Collections.unmodifiableList(warnings));
    }

    private String transcriptText(IGenericClient fhir, String iss, DocumentReference doc, List<String> warnings) {
        Attachment a = doc.getContentFirstRep().getAttachment();
        int max = config.maxTranscriptBytes();
        if (a.hasSize() && a.getSize() > max) {
            warnings.add(tooLarge(a.getSize()));
            return null;
        }
        byte[] bytes;
        if (a.hasData()) {
            bytes = a.getData();
        } else if (a.hasUrl() && isOnServer(a.getUrl(), iss)) {
            // Only follow a Binary on the same FHIR server: the token must not travel elsewhere.
            bytes = fhir.read().resource(Binary.class).withUrl(a.getUrl()).execute().getContent();
        } else {
            warnings.add("The transcript's content is stored where Scribe may not read it. Paste it instead.");
            return null;
        }
        if (bytes.length > max) {
            warnings.add(tooLarge(bytes.length));
            return null;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String tooLarge(long bytes) {
        return String.format("The visit transcript is too large to draft from (%.1f MB; the limit is %.1f MB). "
                + "Paste the relevant part instead.", bytes / 1048576.0, config.maxTranscriptBytes() / 1048576.0);
    }

    private static boolean isOnServer(String url, String iss) {
        return !url.contains("://") ? url.startsWith("Binary/") : url.startsWith(iss.endsWith("/") ? iss : iss + "/");
    }

    private static DocumentReference newest(List<DocumentReference> docs) {
        return docs.stream().filter(d -> d.getStatus() != org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.ENTEREDINERROR)
                .max((a, b) -> {
                    if (!a.hasDate() || !b.hasDate()) {
                        return a.hasDate() ? 1 : b.hasDate() ? -1 : 0;
                    }
                    return a.getDate().compareTo(b.getDate());
                }).orElse(docs.get(0));
    }

    /** One row per vital sign: the newest reading of each. */
    private static List<ChartFact> latestPerCode(List<ChartFact> vitals) {
        Map<String, ChartFact> latest = new LinkedHashMap<>();
        for (ChartFact f : vitals) {
            latest.merge(f.label(), f, (a, b) -> (b.date() != null && (a.date() == null
                    || b.date().compareTo(a.date()) > 0)) ? b : a);
        }
        return List.copyOf(latest.values());
    }

    private <T extends Resource> CompletableFuture<List<ChartFact>> search(IGenericClient fhir, Class<T> type,
            Function<IQuery<Bundle>, IQuery<Bundle>> query, Function<T, ChartFact> map) {
        return async(() -> {
            Bundle bundle = query.apply(fhir.search().forResource(type).returnBundle(Bundle.class)).execute();
            List<ChartFact> out = new ArrayList<>();
            for (T r : resources(bundle, type)) {
                ChartFact f = map.apply(r);
                if (f != null) {
                    out.add(f);
                }
            }
            return out;
        });
    }

    static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (type.isInstance(entry.getResource())) {
                out.add(type.cast(entry.getResource()));
            }
        }
        return out;
    }

    private <T> CompletableFuture<T> async(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, pool);
    }

    private static <T> T required(CompletableFuture<T> future, String what) {
        try {
            return future.join();
        } catch (CompletionException ex) {
            RuntimeException cause = ex.getCause() instanceof RuntimeException r ? r : ex;
            throw EhrProblems.of(cause, what);
        }
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
