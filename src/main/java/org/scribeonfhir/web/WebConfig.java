package org.scribeonfhir.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Cross-cutting HTTP settings. */
@ConfigMapping(prefix = "scribe.web")
public interface WebConfig {

    /** Allow our own pages to frame the app (the sandbox EHR does); real EHR origins come from the issuers. */
    @WithDefault("false")
    boolean frameSelf();
}
