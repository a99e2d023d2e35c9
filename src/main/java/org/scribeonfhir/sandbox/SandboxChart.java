package org.scribeonfhir.sandbox;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Reads the chart of one encounter straight from the store (the EHR itself needs no token). */
@ApplicationScoped
class SandboxChart {

    static final String US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";

    private final SandboxRecords records;
    private final SandboxDirectory directory;

    SandboxChart(SandboxRecords records, SandboxDirectory directory) {
        this.records = records;
        this.directory = directory;
    }

    ChartView chart(SandboxDirectory.Person patient, SandboxDirectory.Visit encounter) {
        String pid = patient.id();
        List<ChartView.Row> problems = new ArrayList<>();
        for (Resource r : records.all("Condition", pid)) {
            Condition c = (Condition) r;
            problems.add(new ChartView.Row(orDash(SandboxDirectory.text(c.getCode())),
                    c.getClinicalStatus().getCodingFirstRep().getCode(),
                    c.hasOnsetDateTimeType() ? day(c.getOnsetDateTimeType().getValueAsString()) : "", null));
        }
        List<ChartView.Row> vitals = new ArrayList<>();
        List<ChartView.Row> labs = new ArrayList<>();
        for (Resource r : records.all("Observation", pid)) {
            Observation o = (Observation) r;
            boolean vital = hasCategory(o, "vital-signs");
            if (vital && !encounter.id().equals(Compartments.encounterOf(o))) {
                continue;
            }
            ChartView.Row row = new ChartView.Row(orDash(SandboxDirectory.text(o.getCode())), value(o),
                    o.hasEffectiveDateTimeType() ? day(o.getEffectiveDateTimeType().getValueAsString()) : "",
                    o.getInterpretation().stream().map(cc -> cc.getCodingFirstRep().getCode())
                            .filter(f -> f != null && !"N".equals(f)).findFirst().orElse(null));
            (vital ? vitals : hasCategory(o, "laboratory") ? labs : vitals).add(row);
        }
        List<ChartView.Row> meds = new ArrayList<>();
        for (Resource r : records.all("MedicationRequest", pid)) {
            MedicationRequest m = (MedicationRequest) r;
            meds.add(new ChartView.Row(orDash(SandboxDirectory.text(m.getMedicationCodeableConcept())),
                    m.getDosageInstructionFirstRep().getText(), m.hasStatus() ? m.getStatus().toCode() : "", null));
        }
        List<ChartView.Row> allergies = new ArrayList<>();
        for (Resource r : records.all("AllergyIntolerance", pid)) {
            AllergyIntolerance a = (AllergyIntolerance) r;
            allergies.add(new ChartView.Row(orDash(SandboxDirectory.text(a.getCode())), a.getReaction().stream()
                    .flatMap(x -> x.getManifestation().stream()).map(SandboxDirectory::text)
                    .collect(Collectors.joining(", ")), "", a.hasCriticality() ? a.getCriticality().toCode() : null));
        }
        String attending = encounter.attendingId() == null ? "" : directory.practitioner(encounter.attendingId())
                .map(SandboxDirectory.Person::name).orElse(encounter.attendingId());
        return new ChartView(patient, encounter, attending, problems, vitals, labs, meds, allergies,
                notes(pid, encounter.id()));
    }

    /** Every clinical note written for the encounter, newest first. */
    private List<ChartView.Note> notes(String patientId, String encounterId) {
        List<DocumentReference> docs = new ArrayList<>();
        for (Resource r : records.all("DocumentReference", patientId)) {
            DocumentReference d = (DocumentReference) r;
            if (encounterId.equals(Compartments.encounterOf(d)) && d.getCategory().stream()
                    .flatMap(c -> c.getCoding().stream())
                    .anyMatch(c -> US_CORE_CATEGORY.equals(c.getSystem()) && "clinical-note".equals(c.getCode()))) {
                docs.add(d);
            }
        }
        docs.sort(Comparator.comparing((DocumentReference d) -> d.hasDate() ? d.getDate() : new java.util.Date(0))
                .reversed());
        List<ChartView.Note> out = new ArrayList<>();
        for (DocumentReference d : docs) {
            out.add(new ChartView.Note(d.getIdElement().getIdPart(),
                    d.hasDate() ? d.getDateElement().getValueAsString() : "",
                    d.hasStatus() ? d.getStatus().toCode() : "", d.hasDocStatus() ? d.getDocStatus().toCode() : "",
                    orDash(SandboxDirectory.text(d.getType())), author(d), text(d.getContentFirstRep().getAttachment())));
        }
        return out;
    }

    private String author(DocumentReference d) {
        List<String> names = new ArrayList<>();
        for (Reference a : d.getAuthor()) {
            String id = Compartments.idOf(a, "Practitioner");
            String name = a.hasDisplay() ? a.getDisplay() : id == null ? a.getReference()
                    : directory.practitioner(id).map(SandboxDirectory.Person::name).orElse(a.getReference());
            names.add(name);
        }
        return names.isEmpty() ? "(no author)" : String.join(", ", names);
    }

    /** Text attachments are decoded for display; anything else is described, not shown. */
    static String text(Attachment a) {
        if (!a.hasData()) {
            return a.hasUrl() ? "(content stored at " + a.getUrl() + ")" : "(no content)";
        }
        String type = a.hasContentType() ? a.getContentType().toLowerCase() : "";
        if (!type.startsWith("text/")) {
            return "(" + a.getData().length + " bytes of " + (type.isEmpty() ? "unknown type" : type) + ", not shown)";
        }
        Charset charset = StandardCharsets.UTF_8;
        int at = type.indexOf("charset=");
        if (at >= 0) {
            try {
                charset = Charset.forName(type.substring(at + 8).split(";")[0].trim());
            } catch (IllegalArgumentException unknownCharset) {
                // keep UTF-8
            }
        }
        return new String(a.getData(), charset);
    }

    private static boolean hasCategory(Observation o, String code) {
        return o.getCategory().stream().flatMap(c -> c.getCoding().stream()).anyMatch(c -> code.equals(c.getCode()));
    }

    private static String value(Observation o) {
        if (o.hasValueQuantity()) {
            return quantity(o.getValueQuantity());
        }
        if (o.hasComponent() && !o.hasValue()) {
            List<String> parts = new ArrayList<>();
            for (Observation.ObservationComponentComponent c : o.getComponent()) {
                parts.add(c.hasValueQuantity() ? number(c.getValueQuantity().getValue()) : "?");
            }
            String unit = o.getComponentFirstRep().hasValueQuantity() ? unit(o.getComponentFirstRep().getValueQuantity())
                    : "";
            return String.join("/", parts) + " " + unit;
        }
        if (o.hasValueCodeableConcept()) {
            return orDash(SandboxDirectory.text(o.getValueCodeableConcept()));
        }
        return o.hasValue() && o.getValue().isPrimitive() ? o.getValue().primitiveValue() : "—";
    }

    private static String quantity(Quantity q) {
        return (number(q.getValue()) + " " + unit(q)).trim();
    }

    private static String unit(Quantity q) {
        String u = q.hasUnit() ? q.getUnit() : q.hasCode() ? q.getCode() : "";
        return "mm[Hg]".equals(u) ? "mmHg" : "Cel".equals(u) ? "°C" : u;
    }

    private static String number(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String day(String iso) {
        return iso == null ? "" : iso.length() >= 10 ? iso.substring(0, 10) : iso;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
