package org.scribeonfhir.sandbox;

import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;

/** The CapabilityStatement of /metadata: exactly what the sandbox implements, plus SMART's oauth-uris. */
final class SandboxCapability {

    private SandboxCapability() {
    }

    static CapabilityStatement build(SandboxUrls urls, Date published) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setId("scribe-sandbox");
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(published);
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.setName("ScribeSandboxEhr");
        cs.setTitle("Scribe-on-FHIR sandbox EHR (synthetic data)");
        cs.setPublisher("Scribe-on-FHIR");
        cs.setDescription("A built-in test EHR with synthetic patients. Not for real patient data.");
        cs.getSoftware().setName("Scribe-on-FHIR sandbox EHR");
        cs.getImplementation().setDescription("Sandbox EHR").setUrl(urls.fhirBase());
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        cs.addFormat("json");

        CapabilityStatementRestComponent rest = cs.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false).addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR")))
                .setDescription("SMART App Launch 2.2; see .well-known/smart-configuration");
        Extension oauth = rest.getSecurity().addExtension()
                .setUrl("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
        oauth.addExtension("authorize", new UriType(urls.authorize()));
        oauth.addExtension("token", new UriType(urls.token()));

        for (String type : SearchParameters.TYPES) {
            CapabilityStatementRestResourceComponent r = rest.addResource().setType(type);
            r.addInteraction().setCode(TypeRestfulInteraction.READ);
            if ("Binary".equals(type)) {
                continue;
            }
            r.addInteraction().setCode(TypeRestfulInteraction.VREAD);
            r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            if (SandboxFhirResource.CREATABLE.contains(type)) {
                r.addInteraction().setCode(TypeRestfulInteraction.CREATE);
                r.addInteraction().setCode(TypeRestfulInteraction.DELETE);
                r.setConditionalCreate(true);
            }
            r.setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONED);
            for (SearchParameters.Param p : SearchParameters.of(type)) {
                r.addSearchParam().setName(p.name()).setType(switch (p.kind()) {
                    case TOKEN -> Enumerations.SearchParamType.TOKEN;
                    case REFERENCE -> Enumerations.SearchParamType.REFERENCE;
                    case DATE -> Enumerations.SearchParamType.DATE;
                    case STRING -> Enumerations.SearchParamType.STRING;
                }).setDocumentation(p.description());
            }
        }
        return cs;
    }
}
