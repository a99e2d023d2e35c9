package org.scribeonfhir.ehr;

import jakarta.enterprise.context.ApplicationScoped;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;

/** HAPI clients for the launch's FHIR server: one FhirContext, bearer token per client, no /metadata probe. */
@ApplicationScoped
public class FhirClients {

    private final FhirContext fhir;

    FhirClients(EhrConfig config) {
        this.fhir = FhirContext.forR4Cached();
        IRestfulClientFactory factory = fhir.getRestfulClientFactory();
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        factory.setConnectTimeout((int) config.connectTimeout().toMillis());
        factory.setConnectionRequestTimeout((int) config.connectTimeout().toMillis());
        factory.setSocketTimeout((int) config.readTimeout().toMillis());
        factory.setPoolMaxPerRoute(20);
        factory.setPoolMaxTotal(100);
    }

    public FhirContext context() {
        return fhir;
    }

    /** A client bound to one FHIR base and one access token. Only for the EHR that issued the token. */
    public IGenericClient client(String fhirBase, String accessToken) {
        IGenericClient client = fhir.newRestfulGenericClient(fhirBase);
        client.registerInterceptor(new BearerTokenAuthInterceptor(accessToken));
        return client;
    }
}
