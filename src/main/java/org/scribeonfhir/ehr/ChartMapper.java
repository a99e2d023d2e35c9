package org.scribeonfhir.ehr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.scribeonfhir.fhir.Codes;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Flattens FHIR resources into the facts the pane shows and the composer cites. */
final class ChartMapper {

    private ChartMapper() {
    }

    static PatientFacts patient(Patient p) {
        String name = p.getName().stream().findFirst().map(ChartMapper::name).orElse("(no name)");
        String mrn = p.getIdentifier().stream()
                .filter(i -> i.getType().getCoding().stream().anyMatch(c -> "MR".equals(c.getCode()))
                        || (i.getSystem() != null && i.getSystem().toLowerCase().contains("mrn")))
                .map(Identifier::getValue).findFirst()
                .orElse(p.getIdentifier().stream().map(Identifier::getValue).findFirst().orElse(null));
        return new PatientFacts(p.getIdPart(), name, p.hasBirthDate() ? day(p.getBirthDateElement()) : null,
                p.hasGender() ? p.getGender().getDisplay() : null, mrn);
    }

    static EncounterFacts encounter(Encounter e) {
        String type = e.getType().stream().map(ChartMapper::text).filter(s -> s != null).findFirst().orElse(null);
        String reason = e.getReasonCode().stream().map(ChartMapper::text).filter(s -> s != null)
                .collect(Collectors.joining("; "));
        List<String> attenders = new ArrayList<>();
        for (Encounter.EncounterParticipantComponent p : e.getParticipant()) {
            boolean attending = p.getType().isEmpty() || p.getType().stream().flatMap(t -> t.getCoding().stream())
                    .anyMatch(c -> "ATND".equals(c.getCode()) || "PPRF".equals(c.getCode()));
            if (attending && p.getIndividual().hasReference()) {
                attenders.add(p.getIndividual().getReference());
            }
        }
        return new EncounterFacts(e.getIdPart(), e.hasStatus() ? e.getStatus().toCode() : null, type,
                reason.isEmpty() ? null : reason, e.getPeriod().hasStart() ? day(e.getPeriod().getStartElement()) : null,
                e.getPeriod().hasEnd() ? day(e.getPeriod().getEndElement()) : null, attenders);
    }

    static ChartFact condition(Condition c) {
        String status = c.getClinicalStatus().getCodingFirstRep().getCode();
        String icd = c.getCode().getCoding().stream().map(Coding::getCode).filter(s -> s != null).findFirst()
                .orElse(null);
        return new ChartFact(ref(c), "condition", orDefault(text(c.getCode()), "(unnamed condition)"),
                status == null ? "" : status, c.hasOnsetDateTimeType() ? day(c.getOnsetDateTimeType()) : null,
                icd);
    }

    static ChartFact observation(Observation o, String kind) {
        String value;
        if (o.hasComponent() && !o.hasValue()) {
            value = components(o);
        } else {
            value = value(o);
        }
        String flag = o.getInterpretation().stream().map(cc -> cc.getCodingFirstRep().getCode())
                .filter(s -> s != null && !"N".equals(s)).findFirst().orElse(null);
        BaseDateTimeType when = when(o);
        return new ChartFact(ref(o), kind, orDefault(ClinicalValues.label(o.getCode()), "(unnamed observation)"), value,
                when == null ? null : day(when), flag);
    }

    /** When it was observed: the effective time (a period's start), else when it was issued. */
    static BaseDateTimeType when(Observation o) {
        return o.hasEffectiveDateTimeType() ? o.getEffectiveDateTimeType()
                : o.hasEffectivePeriod() && o.getEffectivePeriod().hasStart() ? o.getEffectivePeriod().getStartElement()
                : o.hasIssued() ? o.getIssuedElement() : null;
    }

    static ChartFact medication(MedicationRequest m) {
        String name = m.hasMedicationCodeableConcept() ? text(m.getMedicationCodeableConcept())
                : m.hasMedicationReference() ? m.getMedicationReference().getDisplay() : null;
        String sig = m.getDosageInstruction().stream().map(ChartMapper::dosage).filter(s -> s != null)
                .collect(Collectors.joining("; "));
        return new ChartFact(ref(m), "medication", orDefault(name, "(unnamed medication)"), sig,
                m.hasAuthoredOn() ? day(m.getAuthoredOnElement()) : null, null);
    }

    static ChartFact allergy(AllergyIntolerance a) {
        String reactions = a.getReaction().stream().flatMap(r -> r.getManifestation().stream())
                .map(ChartMapper::text).filter(s -> s != null).collect(Collectors.joining(", "));
        return new ChartFact(ref(a), "allergy", orDefault(text(a.getCode()), "(unnamed allergy)"), reactions,
                a.hasRecordedDate() ? day(a.getRecordedDateElement()) : null,
                a.hasCriticality() ? a.getCriticality().toCode() : null);
    }

    static ChartFact note(DocumentReference d) {
        String author = d.getAuthor().stream().map(Reference::getDisplay).filter(s -> s != null).findFirst()
                .orElse(null);
        return new ChartFact(ref(d), "note", orDefault(text(d.getType()), "Note"),
                d.hasDocStatus() ? d.getDocStatus().toCode() : "", d.hasDate() ? day(d.getDateElement()) : null, author);
    }

    static boolean isActive(Condition c) {
        String s = c.getClinicalStatus().getCodingFirstRep().getCode();
        return s == null || "active".equals(s) || "recurrence".equals(s) || "relapse".equals(s);
    }

    static boolean isActive(AllergyIntolerance a) {
        String s = a.getClinicalStatus().getCodingFirstRep().getCode();
        String v = a.getVerificationStatus().getCodingFirstRep().getCode();
        return (s == null || "active".equals(s)) && !"entered-in-error".equals(v) && !"refuted".equals(v);
    }

    static String text(CodeableConcept cc) {
        return ClinicalValues.clean(Codes.text(cc));
    }

    private static String components(Observation o) {
        // Blood pressure: systolic/diastolic with one unit, "128/82 mmHg".
        Optional<Observation.ObservationComponentComponent> sys = component(o, "8480-6");
        Optional<Observation.ObservationComponentComponent> dia = component(o, "8462-4");
        if (sys.isPresent() && dia.isPresent() && sys.get().hasValueQuantity() && dia.get().hasValueQuantity()) {
            Quantity d = dia.get().getValueQuantity();
            return (ClinicalValues.number(sys.get().getValueQuantity(), sys.get().getCode()) + "/"
                    + ClinicalValues.number(d, dia.get().getCode()) + " " + ClinicalValues.unit(d)).trim();
        }
        return o.getComponent().stream()
                .map(c -> orDefault(ClinicalValues.label(c.getCode()), "") + " " + (c.hasValueQuantity()
                        ? ClinicalValues.quantity(c.getValueQuantity(), c.getCode())
                        : c.hasValueCodeableConcept() ? orDefault(text(c.getValueCodeableConcept()), "")
                        : c.hasValue() && c.getValue().isPrimitive() ? c.getValue().primitiveValue() : ""))
                .map(String::trim).collect(Collectors.joining(", "));
    }

    private static Optional<Observation.ObservationComponentComponent> component(Observation o, String loinc) {
        return o.getComponent().stream()
                .filter(c -> c.getCode().getCoding().stream().anyMatch(cd -> loinc.equals(cd.getCode())))
                .findFirst();
    }

    private static String value(Observation o) {
        if (o.hasValueQuantity()) {
            return ClinicalValues.quantity(o.getValueQuantity(), o.getCode());
        }
        if (o.hasValueCodeableConcept()) {
            return text(o.getValueCodeableConcept());
        }
        if (o.hasValue() && o.getValue().isPrimitive()) {
            return o.getValue().primitiveValue();
        }
        return o.hasDataAbsentReason() ? "(" + text(o.getDataAbsentReason()) + ")" : "";
    }

    private static String dosage(Dosage d) {
        if (d.hasText()) {
            return d.getText();
        }
        List<String> parts = new ArrayList<>();
        if (d.hasDoseAndRate() && d.getDoseAndRateFirstRep().hasDoseQuantity()) {
            parts.add(ClinicalValues.quantity(d.getDoseAndRateFirstRep().getDoseQuantity(), null));
        }
        if (d.hasRoute()) {
            parts.add(text(d.getRoute()));
        }
        if (d.hasTiming() && d.getTiming().hasRepeat()) {
            var r = d.getTiming().getRepeat();
            if (r.hasFrequency() && r.hasPeriod() && r.hasPeriodUnit()) {
                parts.add(r.getFrequency() + " times per " + number(r.getPeriod()) + " " + r.getPeriodUnit().toCode());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String name(HumanName n) {
        if (n.hasText()) {
            return n.getText();
        }
        String given = n.getGiven().stream().map(g -> g.getValue()).collect(Collectors.joining(" "));
        return (given + " " + (n.hasFamily() ? n.getFamily() : "")).trim();
    }

    static String ref(Resource r) {
        return r.fhirType() + "/" + r.getIdElement().getIdPart();
    }

    private static String orDefault(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    /** The calendar day as the EHR wrote it (no time-zone shift). */
    static String day(BaseDateTimeType t) {
        String s = t == null ? null : t.getValueAsString();
        return s == null ? null : s.length() >= 10 ? s.substring(0, 10) : s;
    }
}
