package org.scribeonfhir.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** SCRIBE_PUBLIC_URL sets the redirect URI in every profile, the sandbox's included. */
class PublicUrlSettingTest {

    private static SmallRyeConfig config(String profile, Map<String, String> environment) throws Exception {
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(PublicUrlSettingTest.class.getResource("/application.properties"),
                        250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
    }

    @Test
    void theEnvironmentVariableWinsInTheSandboxProfile() throws Exception {
        SmallRyeConfig c = config("sandbox", Map.of("SCRIBE_PUBLIC_URL", "http://127.0.0.1:9090", "quarkus.http.port",
                "9090"));
        assertThat(c.getValue("scribe.launch.public-url", String.class)).isEqualTo("http://127.0.0.1:9090");
        assertThat(c.getValue("scribe.launch.issuers.sandbox.iss", String.class))
                .isEqualTo("http://127.0.0.1:9090/sandbox/fhir");
    }

    @Test
    void withoutItTheSandboxUsesItsOwnPort() throws Exception {
        SmallRyeConfig c = config("sandbox", Map.of("quarkus.http.port", "8181"));
        assertThat(c.getValue("scribe.launch.public-url", String.class)).isEqualTo("http://localhost:8181");
    }

    @Test
    void theEnvironmentVariableWinsInProduction() throws Exception {
        SmallRyeConfig c = config("prod", Map.of("SCRIBE_PUBLIC_URL", "https://scribe.example.org"));
        assertThat(c.getValue("scribe.launch.public-url", String.class)).isEqualTo("https://scribe.example.org");
    }
}
