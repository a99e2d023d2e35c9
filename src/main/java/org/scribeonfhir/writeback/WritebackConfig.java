package org.scribeonfhir.writeback;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the signed note looks like in the EHR. */
@ConfigMapping(prefix = "scribe.writeback")
public interface WritebackConfig {

    NoteType noteType();

    /** Identifier system of the draft id we stamp on every note (makes retries idempotent). */
    @WithDefault("urn:ietf:rfc:3986")
    String identifierSystem();

    /**
     * The note-signing keys: a JWK Set (JSON) with private keys, the first signing and the ones after it retired
     * but still published. Only from the environment: SCRIBE_WRITEBACK_SIGNING_KEYS.
     */
    Optional<String> signingKeys();

    /** Or a file holding that JWK Set (SCRIBE_WRITEBACK_SIGNING_KEY_FILE). */
    Optional<String> signingKeyFile();

    /** Sandbox and tests only: with no key configured, generate one into signing-key-file and keep it there. */
    @WithDefault("false")
    boolean generateSigningKey();

    interface NoteType {
        @WithDefault("http://loinc.org")
        String system();

        @WithDefault("11506-3")
        String code();

        @WithDefault("Progress note")
        String display();
    }
}
