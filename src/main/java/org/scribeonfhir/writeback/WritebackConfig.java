package org.scribeonfhir.writeback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the signed note looks like in the EHR. */
@ConfigMapping(prefix = "scribe.writeback")
public interface WritebackConfig {

    NoteType noteType();

    /** Identifier system of the draft id we stamp on every note (makes retries idempotent). */
    @WithDefault("urn:ietf:rfc:3986")
    String identifierSystem();

    interface NoteType {
        @WithDefault("http://loinc.org")
        String system();

        @WithDefault("11506-3")
        String code();

        @WithDefault("Progress note")
        String display();
    }
}
