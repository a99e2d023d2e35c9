package org.scribeonfhir.sandbox;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The sandbox's id_token signing key: RSA 2048, made when the sandbox starts and never stored.
 * A restart therefore invalidates earlier id_tokens, which only matters for their one-time check.
 */
@Singleton // not normal-scoped: a client proxy would run the constructor (and make a key) a second time
class SandboxKeys {

    private static final Logger LOG = Logger.getLogger(SandboxKeys.class);

    private final RSAKey key;

    SandboxKeys() {
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate the sandbox signing key", e);
        }
        LOG.infof("Sandbox id_token signing key ready (kid %s)", key.getKeyID());
    }

    /** The public half only, as a JWK Set. */
    Map<String, Object> jwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    /** An OpenID Connect id_token (RS256) with the SMART {@code fhirUser} claim. */
    String idToken(String issuer, String subject, String audience, Instant issuedAt, Instant expiresAt,
            String fhirUser, String name, String nonce) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("auth_time", issuedAt.getEpochSecond())
                .claim("fhirUser", fhirUser);
        if (name != null) {
            claims.claim("name", name);
        }
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an id_token", e);
        }
        return jwt.serialize();
    }
}
