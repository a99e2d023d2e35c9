package org.scribeonfhir.launch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The SMART client: who we are, and which EHRs may launch us. */
@ConfigMapping(prefix = "scribe.launch")
public interface LaunchConfig {

    /** Our own external base URL (scheme, host, port), from which the redirect URI is built. */
    String publicUrl();

    /** Issuers allowed to launch the app, keyed by a short name used in logs and config. */
    Map<String, Issuer> issuers();

    /** 32 random bytes, base64: encrypts the EHR tokens kept in the database. Environment only. */
    Optional<String> tokenKey();

    /** How long a pending authorization (state) may wait for its callback. */
    @WithDefault("10m")
    Duration stateTtl();

    /** Idle lifetime of an app session. */
    @WithDefault("8h")
    Duration sessionTtl();

    /** How long a .well-known/smart-configuration document is reused. */
    @WithDefault("1h")
    Duration discoveryTtl();

    @WithDefault("5s")
    Duration httpTimeout();

    interface Issuer {
        /** The FHIR base URL the EHR sends as {@code iss}. */
        String iss();

        String clientId();

        /** public | client-secret | private-key-jwt */
        @WithDefault("public")
        ClientAuth clientAuth();

        /** For client-secret: from the environment only. */
        Optional<String> clientSecret();

        /** For private-key-jwt: a private JWK (RS384 or ES384), from the environment only. */
        Optional<String> privateKeyJwk();

        @WithDefault("launch,openid,fhirUser,patient/*.rs,user/Practitioner.rs,user/DocumentReference.c,online_access")
        List<String> scopes();

        /** generic | epic | cerner: write-back rules differ. */
        @WithDefault("generic")
        Vendor vendor();

        /** Origin of the EHR page that frames the app, for CSP frame-ancestors. */
        Optional<String> frameOrigin();

        /**
         * Who may sign: {@code attending} (a Practitioner listed on the encounter as attender or primary
         * performer) or {@code any-practitioner}.
         */
        @WithDefault("attending")
        Signers signers();

        /** Whether a launch without a launch id (standalone) is accepted from this issuer. */
        @WithDefault("false")
        boolean standalone();
    }

    enum ClientAuth {
        PUBLIC, CLIENT_SECRET, PRIVATE_KEY_JWT
    }

    enum Signers {
        ATTENDING, ANY_PRACTITIONER
    }

    enum Vendor {
        GENERIC, EPIC, CERNER
    }
}
