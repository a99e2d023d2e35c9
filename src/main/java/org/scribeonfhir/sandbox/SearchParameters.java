package org.scribeonfhir.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * The search parameters the sandbox understands, per resource type, each with the function that
 * reads its values from a resource. Names and meanings follow the R4 base specification.
 */
final class SearchParameters {

    enum Kind {
        TOKEN, REFERENCE, DATE, STRING
    }

    /** A token value: a coding, an identifier, a code with its implicit system, or an id. */
    record Token(String system, String code) {
    }

    /** The time a date value covers, from its first to just after its last instant. */
    record DateRange(Instant start, Instant end) {
    }

    /**
     * @param target for a reference parameter, the type a bare id refers to ({@code patient} → Patient), or null
     */
    record Param(String name, Kind kind, String target, String description, Function<Resource, List<Object>> values) {
    }

    /** Every type the sandbox serves; Binary only by read. */
    static final List<String> TYPES = List.of("Patient", "Practitioner", "Encounter", "Condition", "Observation",
            "MedicationRequest", "AllergyIntolerance", "DocumentReference", "Binary");

    private static final Map<String, Map<String, Param>> BY_TYPE = new LinkedHashMap<>();

    static {
        for (String type : TYPES) {
            if (!"Binary".equals(type)) {
                put(type, new Param("_id", Kind.TOKEN, null, "Logical id",
                        r -> List.of(new Token(null, r.getIdElement().getIdPart()))));
                put(type, new Param("_lastUpdated", Kind.DATE, null, "When the resource last changed",
                        r -> dates(r.getMeta().getLastUpdatedElement())));
            }
        }
        add(Patient.class, "identifier", Kind.TOKEN, null, "Business identifier (e.g. MRN)",
                p -> identifiers(p.getIdentifier()));
        add(Patient.class, "name", Kind.STRING, null, "Any part of a name", p -> names(p.getName()));
        add(Patient.class, "family", Kind.STRING, null, "Family name",
                p -> strings(p.getName().stream().map(HumanName::getFamily).toList()));
        add(Patient.class, "birthdate", Kind.DATE, null, "Date of birth", p -> dates(p.getBirthDateElement()));
        add(Patient.class, "gender", Kind.TOKEN, null, "Administrative gender", p -> code(p.getGenderElement()));

        add(Practitioner.class, "identifier", Kind.TOKEN, null, "Business identifier (e.g. NPI)",
                p -> identifiers(p.getIdentifier()));
        add(Practitioner.class, "name", Kind.STRING, null, "Any part of a name", p -> names(p.getName()));

        patientParams(Encounter.class, Encounter::getSubject);
        add(Encounter.class, "identifier", Kind.TOKEN, null, "Business identifier", e -> identifiers(e.getIdentifier()));
        add(Encounter.class, "status", Kind.TOKEN, null, "Encounter status", e -> code(e.getStatusElement()));
        add(Encounter.class, "class", Kind.TOKEN, null, "Encounter class", e -> coding(e.getClass_()));
        add(Encounter.class, "type", Kind.TOKEN, null, "Encounter type", e -> concepts(e.getType()));
        add(Encounter.class, "date", Kind.DATE, null, "When the encounter took place", e -> period(e.getPeriod()));
        add(Encounter.class, "practitioner", Kind.REFERENCE, "Practitioner", "A participating practitioner",
                e -> references(e.getParticipant().stream().map(Encounter.EncounterParticipantComponent::getIndividual)
                        .toList()));

        patientParams(Condition.class, Condition::getSubject);
        add(Condition.class, "encounter", Kind.REFERENCE, "Encounter", "Encounter it was recorded in",
                c -> references(List.of(c.getEncounter())));
        add(Condition.class, "identifier", Kind.TOKEN, null, "Business identifier", c -> identifiers(c.getIdentifier()));
        add(Condition.class, "category", Kind.TOKEN, null, "problem-list-item | encounter-diagnosis | …",
                c -> concepts(c.getCategory()));
        add(Condition.class, "code", Kind.TOKEN, null, "The condition", c -> concepts(List.of(c.getCode())));
        add(Condition.class, "clinical-status", Kind.TOKEN, null, "active | resolved | …",
                c -> concepts(List.of(c.getClinicalStatus())));
        add(Condition.class, "verification-status", Kind.TOKEN, null, "confirmed | refuted | …",
                c -> concepts(List.of(c.getVerificationStatus())));
        add(Condition.class, "onset-date", Kind.DATE, null, "Onset", c -> c.hasOnsetDateTimeType()
                ? dates(c.getOnsetDateTimeType()) : List.of());
        add(Condition.class, "recorded-date", Kind.DATE, null, "When recorded", c -> dates(c.getRecordedDateElement()));

        patientParams(Observation.class, Observation::getSubject);
        add(Observation.class, "encounter", Kind.REFERENCE, "Encounter", "Encounter it was made in",
                o -> references(List.of(o.getEncounter())));
        add(Observation.class, "identifier", Kind.TOKEN, null, "Business identifier",
                o -> identifiers(o.getIdentifier()));
        add(Observation.class, "category", Kind.TOKEN, null, "vital-signs | laboratory | …",
                o -> concepts(o.getCategory()));
        add(Observation.class, "code", Kind.TOKEN, null, "What was observed (LOINC)", o -> concepts(List.of(o.getCode())));
        add(Observation.class, "status", Kind.TOKEN, null, "final | preliminary | …", o -> code(o.getStatusElement()));
        add(Observation.class, "date", Kind.DATE, null, "Effective time", o -> o.hasEffectivePeriod()
                ? period(o.getEffectivePeriod()) : o.hasEffectiveDateTimeType() ? dates(o.getEffectiveDateTimeType())
                : List.of());

        patientParams(MedicationRequest.class, MedicationRequest::getSubject);
        add(MedicationRequest.class, "encounter", Kind.REFERENCE, "Encounter", "Encounter it was ordered in",
                m -> references(List.of(m.getEncounter())));
        add(MedicationRequest.class, "identifier", Kind.TOKEN, null, "Business identifier",
                m -> identifiers(m.getIdentifier()));
        add(MedicationRequest.class, "status", Kind.TOKEN, null, "active | stopped | …", m -> code(m.getStatusElement()));
        add(MedicationRequest.class, "intent", Kind.TOKEN, null, "order | plan | …", m -> code(m.getIntentElement()));
        add(MedicationRequest.class, "category", Kind.TOKEN, null, "Type of medication usage",
                m -> concepts(m.getCategory()));
        add(MedicationRequest.class, "code", Kind.TOKEN, null, "The medication (RxNorm)",
                m -> m.hasMedicationCodeableConcept() ? concepts(List.of(m.getMedicationCodeableConcept())) : List.of());
        add(MedicationRequest.class, "authoredon", Kind.DATE, null, "When written", m -> dates(m.getAuthoredOnElement()));

        add(AllergyIntolerance.class, "patient", Kind.REFERENCE, "Patient", "The patient",
                a -> references(List.of(a.getPatient())));
        add(AllergyIntolerance.class, "identifier", Kind.TOKEN, null, "Business identifier",
                a -> identifiers(a.getIdentifier()));
        add(AllergyIntolerance.class, "clinical-status", Kind.TOKEN, null, "active | inactive | resolved",
                a -> concepts(List.of(a.getClinicalStatus())));
        add(AllergyIntolerance.class, "verification-status", Kind.TOKEN, null, "confirmed | refuted | …",
                a -> concepts(List.of(a.getVerificationStatus())));
        add(AllergyIntolerance.class, "type", Kind.TOKEN, null, "allergy | intolerance", a -> code(a.getTypeElement()));
        add(AllergyIntolerance.class, "category", Kind.TOKEN, null, "food | medication | environment | biologic",
                a -> a.getCategory().stream().flatMap(c -> code(c).stream()).toList());
        add(AllergyIntolerance.class, "criticality", Kind.TOKEN, null, "low | high | unable-to-assess",
                a -> code(a.getCriticalityElement()));
        add(AllergyIntolerance.class, "code", Kind.TOKEN, null, "The substance", a -> concepts(List.of(a.getCode())));
        add(AllergyIntolerance.class, "date", Kind.DATE, null, "When recorded", a -> dates(a.getRecordedDateElement()));

        patientParams(DocumentReference.class, DocumentReference::getSubject);
        add(DocumentReference.class, "encounter", Kind.REFERENCE, "Encounter", "Context encounter",
                d -> references(d.getContext().getEncounter()));
        add(DocumentReference.class, "identifier", Kind.TOKEN, null, "Master or other identifier", d -> {
            List<Identifier> ids = new ArrayList<>(d.getIdentifier());
            if (d.hasMasterIdentifier()) {
                ids.add(d.getMasterIdentifier());
            }
            return identifiers(ids);
        });
        add(DocumentReference.class, "status", Kind.TOKEN, null, "current | superseded | entered-in-error",
                d -> code(d.getStatusElement()));
        add(DocumentReference.class, "type", Kind.TOKEN, null, "Kind of document (LOINC)",
                d -> concepts(List.of(d.getType())));
        add(DocumentReference.class, "category", Kind.TOKEN, null, "Categorization (e.g. US Core clinical-note)",
                d -> concepts(d.getCategory()));
        add(DocumentReference.class, "author", Kind.REFERENCE, null, "Who wrote it", d -> references(d.getAuthor()));
        add(DocumentReference.class, "date", Kind.DATE, null, "When this reference was created",
                d -> dates(d.getDateElement()));
    }

    private SearchParameters() {
    }

    static Optional<Param> find(String type, String name) {
        return Optional.ofNullable(BY_TYPE.getOrDefault(type, Map.of()).get(name));
    }

    static Collection<Param> of(String type) {
        return BY_TYPE.getOrDefault(type, Map.of()).values();
    }

    static DateRange range(BaseDateTimeType t) {
        if (t == null || t.getValue() == null) {
            return null;
        }
        Instant start = t.getValue().toInstant();
        ZonedDateTime z = start.atZone(t.getTimeZone() != null ? t.getTimeZone().toZoneId() : ZoneId.of("UTC"));
        ZonedDateTime end = switch (t.getPrecision()) {
            case YEAR -> z.plusYears(1);
            case MONTH -> z.plusMonths(1);
            case DAY -> z.plusDays(1);
            case MINUTE -> z.plusMinutes(1);
            case SECOND -> z.plusSeconds(1);
            default -> z.plusNanos(1_000_000);
        };
        return new DateRange(start, end.toInstant());
    }

    private static <T extends Resource> void patientParams(Class<T> type, Function<T, Reference> subject) {
        Function<Resource, List<Object>> values = r -> references(List.of(subject.apply(type.cast(r))));
        put(type.getSimpleName(), new Param("patient", Kind.REFERENCE, "Patient", "The patient", values));
        put(type.getSimpleName(), new Param("subject", Kind.REFERENCE, null, "The subject", values));
    }

    private static <T extends Resource> void add(Class<T> type, String name, Kind kind, String target,
            String description, Function<T, List<Object>> values) {
        put(type.getSimpleName(), new Param(name, kind, target, description, r -> values.apply(type.cast(r))));
    }

    private static void put(String type, Param p) {
        BY_TYPE.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(p.name(), p);
    }

    private static List<Object> concepts(List<CodeableConcept> concepts) {
        List<Object> out = new ArrayList<>();
        for (CodeableConcept cc : concepts) {
            for (Coding c : cc.getCoding()) {
                out.add(new Token(c.getSystem(), c.getCode()));
            }
        }
        return out;
    }

    private static List<Object> coding(Coding c) {
        return c == null || c.isEmpty() ? List.of() : List.of(new Token(c.getSystem(), c.getCode()));
    }

    private static List<Object> code(Enumeration<?> e) {
        return e == null || !e.hasValue() ? List.of() : List.of(new Token(e.getSystem(), e.getCode()));
    }

    private static List<Object> identifiers(List<Identifier> ids) {
        return ids.stream().map(i -> (Object) new Token(i.getSystem(), i.getValue())).toList();
    }

    private static List<Object> references(List<Reference> refs) {
        List<Object> out = new ArrayList<>();
        for (Reference r : refs) {
            if (r != null && r.hasReference()) {
                out.add(r.getReference());
            }
        }
        return out;
    }

    private static List<Object> dates(BaseDateTimeType t) {
        DateRange r = range(t);
        return r == null ? List.of() : List.of(r);
    }

    private static List<Object> period(Period p) {
        if (p == null || !p.hasStart()) {
            return List.of();
        }
        DateRange start = range(p.getStartElement());
        DateRange end = p.hasEnd() ? range(p.getEndElement()) : null;
        return List.of(new DateRange(start.start(), end == null ? Instant.MAX : end.end()));
    }

    private static List<Object> names(List<HumanName> names) {
        List<Object> out = new ArrayList<>();
        for (HumanName n : names) {
            if (n.hasText()) {
                out.add(n.getText());
            }
            if (n.hasFamily()) {
                out.add(n.getFamily());
            }
            n.getGiven().stream().map(StringType::getValue).forEach(out::add);
        }
        return out;
    }

    private static List<Object> strings(List<String> values) {
        return values.stream().filter(v -> v != null).map(v -> (Object) v).toList();
    }
}
