package org.scribeonfhir.launch;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/** Verifies the OpenID Connect id_token against the issuer's JWKS and reads {@code fhirUser} from it. */
@ApplicationScoped
class IdTokenVerifier {

    private static final Logger LOG = Logger.getLogger(IdTokenVerifier.class);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    private final Map<String, JWKSource<SecurityContext>> keySources = new ConcurrentHashMap<>();
    private final LaunchConfig config;

    IdTokenVerifier(LaunchConfig config) {
        this.config = config;
    }

    /** Returns the fhirUser claim, made relative to the issuer's base when it points there. */
    String verifiedFhirUser(IssuerRegistry.ConfiguredIssuer issuer, SmartConfiguration smart, String idToken) {
        if (smart.jwksUri() == null) {
            throw LaunchProblems.idTokenInvalid("the EHR publishes no jwks_uri");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys(smart.jwksUri())));
        String expectedIssuer = smart.issuer() != null ? smart.issuer() : issuer.iss();
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(issuer.config().clientId(),
                new JWTClaimsSet.Builder().issuer(expectedIssuer).build(), Set.of("sub", "iat", "exp")));
        JWTClaimsSet claims;
        try {
            claims = processor.process(idToken, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.warnf("id_token from issuer %s rejected: %s", issuer.id(), e.getClass().getSimpleName());
            throw LaunchProblems.idTokenInvalid(reason(e));
        }
        Object fhirUser = claims.getClaim("fhirUser");
        if (fhirUser == null) {
            fhirUser = claims.getClaim("profile");
        }
        return fhirUser == null ? null : relativeTo(issuer.iss(), fhirUser.toString());
    }

    static String relativeTo(String iss, String reference) {
        String base = iss.endsWith("/") ? iss : iss + "/";
        return reference.startsWith(base) ? reference.substring(base.length()) : reference;
    }

    private JWKSource<SecurityContext> keys(String jwksUri) {
        return keySources.computeIfAbsent(jwksUri, uri -> {
            try {
                int timeout = (int) config.httpTimeout().toMillis();
                return JWKSourceBuilder.<SecurityContext>create(URI.create(uri).toURL(),
                        new DefaultResourceRetriever(timeout, timeout, 512 * 1024)).build();
            } catch (MalformedURLException e) {
                throw LaunchProblems.idTokenInvalid("its jwks_uri is not a URL");
            }
        });
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase();
        if (m.contains("expired")) {
            return "it has expired";
        }
        if (m.contains("aud")) {
            return "it was issued for another app";
        }
        if (m.contains("iss")) {
            return "it was issued by someone else";
        }
        if (m.contains("signature") || m.contains("key")) {
            return "its signature does not match the EHR's keys";
        }
        return "it is malformed";
    }
}
