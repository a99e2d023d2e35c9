package org.scribeonfhir.sandbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The built-in sandbox EHR (FHIR API, SMART authorization server, mock EHR screen). Off unless
 * the {@code sandbox} profile (inherited by dev and test) turns it on; production never runs it.
 */
@ConfigMapping(prefix = "scribe.sandbox")
public interface SandboxConfig {

    /** When false, nothing of the sandbox starts and every /sandbox path answers 404. */
    @WithDefault("false")
    boolean enabled();

    /** The one public client the sandbox knows; its redirect URI is ${scribe.launch.public-url}/callback. */
    @WithDefault("scribe-sandbox")
    String clientId();

    /** Lifetime of access tokens and id_tokens (SMART recommends at most one hour). */
    @WithDefault("1h")
    Duration tokenLifetime();

    /** Lifetime of authorization codes (single use). */
    @WithDefault("60s")
    Duration codeLifetime();

    /** Lifetime of a launch context created by /sandbox/launch, and of a pending standalone authorization. */
    @WithDefault("10m")
    Duration launchLifetime();

    /** Lifetime of refresh tokens (issued for offline_access or online_access). */
    @WithDefault("30d")
    Duration refreshLifetime();

    /** Search page size when the client sends no _count. */
    @WithDefault("50")
    int defaultPageSize();

    /** Largest _count honoured; bigger values are capped. */
    @WithDefault("200")
    int maxPageSize();
}
