package org.scribeonfhir.launch;

import java.util.List;

/** The parts of {@code .well-known/smart-configuration} the launch needs. */
record SmartConfiguration(
        String issuer,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        List<String> capabilities,
        List<String> codeChallengeMethods) {
}
