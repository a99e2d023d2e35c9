package org.scribeonfhir.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scribeonfhir.launch.LaunchConfig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;

/**
 * The DocumentReference Scribe writes, for each EHR vendor, validated with HAPI's instance validator against
 * the US Core 6.1.0 DocumentReference profile from {@code ../shared/data/fhir-us-core} (what a US Core-validating
 * server such as HAPI JPA with the IG loaded reports). No error and no warning may come from our resource.
 */
class NoteConformsToUsCoreTest {

    static final Path US_CORE = Path.of("..", "shared", "data", "fhir-us-core", "6.1.0", "resources");
    static final String PROFILE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-documentreference";

    static FhirContext fhir;
    static FhirValidator validator;

    @BeforeAll
    static void validatorWithUsCore() throws IOException {
        if (!Files.isDirectory(US_CORE)) {
            // CI always has ../shared; a developer's clone without it skips this check and says why.
            assertThat(System.getenv("REQUIRE_SHARED_DATA")).as("US Core 6.1.0 at " + US_CORE.toAbsolutePath())
                    .isNotEqualTo("1");
            Assumptions.abort("US Core 6.1.0 is not at " + US_CORE.toAbsolutePath() + " (../shared/data); skipped");
        }
        fhir = FhirContext.forR4Cached();
        PrePopulatedValidationSupport usCore = new PrePopulatedValidationSupport(fhir);
        try (Stream<Path> files = Files.list(US_CORE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                IBaseResource r = fhir.newJsonParser().parseResource(Files.readString(f));
                if (r instanceof StructureDefinition sd) {
                    usCore.addStructureDefinition(sd);
                } else if (r instanceof ValueSet vs) {
                    usCore.addValueSet(vs);
                } else if (r instanceof CodeSystem cs) {
                    usCore.addCodeSystem(cs);
                }
            }
        }
        // The validator's own HL7 terminology predates AIAST (added to v3-ObservationValue in THO 6.0.0, the
        // code HL7 AI Transparency on FHIR labels AI-asserted data with): that one code, as THO defines it.
        CodeSystem aiast = new CodeSystem().setUrl("http://terminology.hl7.org/CodeSystem/v3-ObservationValue")
                .setVersion("6.0.0").setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE)
                .setContent(CodeSystem.CodeSystemContentMode.FRAGMENT);
        aiast.addConcept().setCode("AIAST").setDisplay("Artificial Intelligence asserted");
        usCore.addCodeSystem(aiast);
        ValidationSupportChain chain = new ValidationSupportChain(usCore, new DefaultProfileValidationSupport(fhir),
                new SnapshotGeneratingValidationSupport(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir));
        validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @ParameterizedTest
    @EnumSource(LaunchConfig.Vendor.class)
    void theSignedNoteMeetsUsCoreDocumentReferenceWithoutErrorsOrWarnings(LaunchConfig.Vendor vendor) {
        DocumentReference note = new NoteDocument(Defaults.WRITEBACK).build(new SignedNote(
                UUID.fromString("2f1c9a4e-0b7d-4f7e-9c1a-5d6e7f809102"), "pat-1", "enc-1", "Practitioner/prac-1",
                "CHIEF COMPLAINT\nCough < 2 weeks & <b>worse</b> at night.\n", Instant.parse("2026-12-01T10:15:30Z"),
                "scribe-drafting/2.4.3", "b7d74a3d"), vendor);

        List<String> problems = validator.validateWithResult(note, new ValidationOptions().addProfile(PROFILE))
                .getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .filter(m -> !withoutLoinc(m) && !aiLabelAfterR4(m))
                .map(NoteConformsToUsCoreTest::describe).toList();

        assertThat(problems).as(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(note)).isEmpty();
        assertThat(note.getMeta().getSecurityFirstRep().getCode()).isEqualTo("AIAST");
        assertThat(note.getText().getDivAsString()).contains("Cough &lt; 2 weeks &amp; &lt;b&gt;worse&lt;/b&gt; at night.");
    }

    @org.junit.jupiter.api.Test
    void theSignedProvenanceIsValidR4() throws Exception {
        SignedNote signed = new SignedNote(UUID.fromString("2f1c9a4e-0b7d-4f7e-9c1a-5d6e7f809102"), "pat-1", "enc-1",
                "Practitioner/prac-1", "CHIEF COMPLAINT\nCough.\n", Instant.parse("2026-12-01T10:15:30Z"),
                "scribe-drafting/2.4.3", "b7d74a3d");
        org.hl7.fhir.r4.model.Provenance provenance = NoteProvenance.build(signed, "DocumentReference/note-1",
                NoteDocument.CONTENT_TYPE, "eyJhbGciOiJFUzM4NCJ9..c2ln");
        // Base R4 Provenance: US Core's provenance-1 wants the author's organization (onBehalfOf), which Scribe
        // does not read yet (README, Write-back).
        List<String> problems = validator.validateWithResult(provenance).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .map(NoteConformsToUsCoreTest::describe).toList();
        assertThat(problems).as(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(provenance)).isEmpty();
    }

    /**
     * The US Core type value set is "every LOINC code whose scale is DOC": without LOINC loaded (it is not ours to
     * ship) the validator cannot evaluate it and says so about our LOINC type code. Only those messages are
     * set aside; a type in any other system, or any other finding on the type, still fails.
     */
    private static boolean withoutLoinc(SingleValidationMessage m) {
        return "DocumentReference.type".equals(m.getLocationString())
                && (m.getMessage().contains("CodeSystem could not be found: http://loinc.org")
                        || m.getMessage().contains("CodeSystem is unknown and can't be validated: http://loinc.org for "
                                + "'http://loinc.org#11506-3'")
                        || m.getMessage().contains("(codes = http://loinc.org#11506-3)"));
    }

    /**
     * R4's security-labels value set (4.0.1, an extensible binding) predates AIAST, so the validator warns that
     * the AI Transparency label is not in it. Only that warning on that label is set aside.
     */
    private static boolean aiLabelAfterR4(SingleValidationMessage m) {
        return m.getSeverity() == ResultSeverityEnum.WARNING && m.getLocationString().startsWith(
                "DocumentReference.meta.security") && m.getMessage().contains("v3-ObservationValue#AIAST) was not "
                        + "found in the value set 'SecurityLabels' (http://hl7.org/fhir/ValueSet/security-labels|4.0.1)");
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

    /** The configuration's defaults, as an EHR-agnostic deployment has them. */
    static final class Defaults {
        static final WritebackConfig WRITEBACK = new WritebackConfig() {
            @Override
            public NoteType noteType() {
                return new NoteType() {
                    @Override
                    public String system() {
                        return "http://loinc.org";
                    }

                    @Override
                    public String code() {
                        return "11506-3";
                    }

                    @Override
                    public String display() {
                        return "Progress note";
                    }
                };
            }

            @Override
            public String identifierSystem() {
                return "urn:ietf:rfc:3986";
            }

            @Override
            public java.util.Optional<String> signingKeys() {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<String> signingKeyFile() {
                return java.util.Optional.empty();
            }

            @Override
            public boolean generateSigningKey() {
                return false;
            }
        };

        private Defaults() {
        }
    }
}
