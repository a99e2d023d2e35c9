package org.scribeonfhir.ehr;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How we read the open encounter from the EHR. */
@ConfigMapping(prefix = "scribe.ehr")
public interface EhrConfig {

    @WithDefault("5s")
    Duration connectTimeout();

    /** Per FHIR request; a slower EHR is reported to the user rather than waited on. */
    @WithDefault("15s")
    Duration readTimeout();

    /** How the EHR files the visit transcript: a DocumentReference of this type attached to the encounter. */
    TranscriptType transcriptType();

    /** Larger transcripts are not loaded (the pane says so and offers to paste an excerpt). */
    @WithDefault("1048576")
    int maxTranscriptBytes();

    /** Newest vital signs and lab results read per encounter. */
    @WithDefault("50")
    int observationCount();

    interface TranscriptType {
        @WithDefault("https://scribe-on-fhir.github.io/fhir/CodeSystem/document-type")
        String system();

        @WithDefault("visit-transcript")
        String code();
    }
}
