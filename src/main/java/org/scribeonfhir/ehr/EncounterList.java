package org.scribeonfhir.ehr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Reference;
import org.jboss.logging.Logger;
import org.scribeonfhir.fhir.Codes;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.Sessions;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.IQuery;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

/**
 * The launch patient's visits, for choosing one when the EHR launched Scribe without an encounter, and the
 * check that a chosen visit really is that patient's. The patient always comes from the launch.
 */
@ApplicationScoped
public class EncounterList {

    /** How many visits the EHR is asked for: the newest ones. */
    public static final int COUNT = 20;

    private static final Logger LOG = Logger.getLogger(EncounterList.class);
    /** FHIR's id syntax; anything else never reaches the EHR's URL. */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Map<String, String> CLASSES = Map.of("AMB", "Ambulatory", "EMER", "Emergency",
            "IMP", "Inpatient", "ACUTE", "Inpatient (acute)", "NONAC", "Inpatient (non-acute)", "OBSENC",
            "Observation", "PRENC", "Pre-admission", "SS", "Short stay", "VR", "Virtual", "HH", "Home health");

    /** Open visits first, then newest first (undated last); the EHR's own order is not relied on. */
    private static final Comparator<Encounter> ORDER = Comparator
            .comparing((Encounter e) -> !isOpen(e))
            .thenComparing(EncounterList::startDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(e -> e.getIdElement().getIdPart(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** One visit as the picker shows it; {@code open} when it is in progress or the patient has arrived. */
    public record Visit(String id, String start, String kind, String status, String reason, boolean open) {
    }

    /** The visits, open ones first, then newest first; {@code more} when the EHR has more than it sent. */
    public record Visits(List<Visit> visits, boolean more) {
    }

    private final FhirClients clients;
    private final Sessions sessions;

    EncounterList(FhirClients clients, Sessions sessions) {
        this.clients = clients;
        this.sessions = sessions;
    }

    public Visits list(LaunchSession session) {
        String patientId = requirePatient(session);
        IGenericClient fhir = clients.client(session.iss(), sessions.accessToken(session));
        Bundle bundle;
        try {
            bundle = search(fhir, patientId, true);
        } catch (InvalidRequestException | UnprocessableEntityException e) {
            // Some EHRs refuse _sort on Encounter; ask again without it and sort here.
            LOG.infof("Encounter search with _sort answered HTTP %d; asking again without it", e.getStatusCode());
            bundle = searchOrProblem(fhir, patientId, false);
        } catch (RuntimeException e) {
            throw EhrProblems.of(e, "the patient's visits");
        }
        List<Encounter> found = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            // A server that ignores the patient parameter must not show us another patient's visits.
            if (entry.getResource() instanceof Encounter e && isPatients(e, patientId)
                    && e.getStatus() != EncounterStatus.ENTEREDINERROR) {
                found.add(e);
            }
        }
        found.sort(ORDER);
        List<Visit> visits = found.stream().map(EncounterList::visit).toList();
        LOG.infof("Listed %d visits to choose from", visits.size());
        return new Visits(visits, bundle.getLink(Bundle.LINK_NEXT) != null);
    }

    /**
     * Reads the chosen encounter and checks it is the launch patient's and may carry a note. The id comes from
     * a form, so it is trusted only after this read.
     */
    public void checkChoosable(LaunchSession session, String encounterId) {
        String patientId = requirePatient(session);
        if (encounterId == null || !FHIR_ID.matcher(encounterId).matches()) {
            throw EhrProblems.invalidEncounterId();
        }
        IGenericClient fhir = clients.client(session.iss(), sessions.accessToken(session));
        Encounter e;
        try {
            e = fhir.read().resource(Encounter.class).withId(encounterId).execute();
        } catch (RuntimeException ex) {
            throw EhrProblems.of(ex, "the chosen visit");
        }
        if (!isPatients(e, patientId)) {
            throw EhrProblems.encounterOfAnotherPatient();
        }
        if (e.getStatus() == EncounterStatus.ENTEREDINERROR) {
            throw EhrProblems.encounterEnteredInError();
        }
    }

    private Bundle searchOrProblem(IGenericClient fhir, String patientId, boolean sorted) {
        try {
            return search(fhir, patientId, sorted);
        } catch (RuntimeException e) {
            throw EhrProblems.of(e, "the patient's visits");
        }
    }

    private static Bundle search(IGenericClient fhir, String patientId, boolean sorted) {
        IQuery<Bundle> query = fhir.search().forResource(Encounter.class)
                .where(Encounter.PATIENT.hasId(patientId)).returnBundle(Bundle.class);
        if (sorted) {
            query = query.sort().descending(Encounter.DATE);
        }
        return query.count(COUNT).execute();
    }

    private static String requirePatient(LaunchSession session) {
        if (session.patientId() == null) {
            throw EhrProblems.noPatientContext();
        }
        return session.patientId();
    }

    /** Strict: the subject must name the launch patient; an encounter without a subject is no one's. */
    private static boolean isPatients(Encounter e, String patientId) {
        IIdType subject = e.getSubject().getReferenceElement();
        return patientId.equals(subject.getIdPart())
                && (subject.getResourceType() == null || "Patient".equals(subject.getResourceType()));
    }

    private static boolean isOpen(Encounter e) {
        return e.getStatus() == EncounterStatus.INPROGRESS || e.getStatus() == EncounterStatus.ARRIVED;
    }

    private static Date startDate(Encounter e) {
        return e.getPeriod().hasStart() ? e.getPeriod().getStart() : null;
    }

    private static Visit visit(Encounter e) {
        return new Visit(e.getIdElement().getIdPart(), start(e), kind(e),
                e.hasStatus() ? e.getStatus().getDisplay() : "Unknown", reason(e), isOpen(e));
    }

    /** The start as the EHR wrote it (its own time zone), to the minute. */
    private static String start(Encounter e) {
        String s = e.getPeriod().hasStart() ? e.getPeriod().getStartElement().getValueAsString() : null;
        if (s == null) {
            return null;
        }
        return s.length() >= 16 && s.charAt(10) == 'T' ? s.substring(0, 10) + " " + s.substring(11, 16) : s;
    }

    private static String kind(Encounter e) {
        String type = e.getType().stream().map(Codes::text).filter(Objects::nonNull).findFirst().orElse(null);
        if (type != null) {
            return type;
        }
        Coding c = e.getClass_();
        if (c.hasDisplay()) {
            return c.getDisplay();
        }
        return c.hasCode() ? CLASSES.getOrDefault(c.getCode(), c.getCode()) : "Visit";
    }

    private static String reason(Encounter e) {
        String reason = e.getReasonCode().stream().map(Codes::text).filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        if (reason.isEmpty()) {
            reason = e.getReasonReference().stream().map(Reference::getDisplay).filter(Objects::nonNull)
                    .collect(Collectors.joining("; "));
        }
        return reason.isEmpty() ? null : reason;
    }
}
