package org.scribeonfhir.drafting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the local drafting model runs and who may call the preview API. */
@ConfigMapping(prefix = "scribe.drafting")
public interface DraftingConfig {

    /**
     * Let anyone reach {@code POST /api/drafts/preview} without a launch session (sandbox, dev and test
     * only: a preview holds no patient data beyond what the caller sent, but it does use the server's CPU).
     */
    @WithDefault("false")
    boolean previewOpen();

    /** Encoder sessions run side by side, one thread each; more than the machine's cores only adds waiting. */
    @WithDefault("2")
    int encoderSessions();

    /** Longer transcripts are refused with 413 (a long ACI-Bench visit has ~20,000 characters). */
    @WithDefault("100000")
    int maxTranscriptChars();
}
