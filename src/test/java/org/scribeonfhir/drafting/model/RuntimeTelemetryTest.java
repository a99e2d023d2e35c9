package org.scribeonfhir.drafting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** No ONNX Runtime that reports usage to Microsoft is started, unless the operator has opted out. */
class RuntimeTelemetryTest {

    /** What onnxruntime 1.29.0's libonnxruntime.so holds, among 28 MB of other bytes. */
    private static final String UPLOADER = "\0ORT_DISABLE_TELEMETRY\0Telemetry system created, starting up...\0"
            + "https://mobile.events.data.microsoft.com/OneCollector/1.0/\0";

    @Test
    void theShippedRuntimeHoldsNoTelemetryUploader() {
        assertThatCode(() -> RuntimeTelemetry.require(Map.of(),
                () -> shippedLibrary())).doesNotThrowAnyException();
    }

    @Test
    void aRuntimeWithTheUploaderIsRefusedWithTheOptOutNamed() {
        assertThatThrownBy(() -> RuntimeTelemetry.require(Map.of(), () -> library("\u007fELF" + "x".repeat(70_000) + UPLOADER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uploads usage telemetry")
                .hasMessageContaining("ORT_DISABLE_TELEMETRY=1");
    }

    @Test
    void theOptOutInTheEnvironmentLetsThatRuntimeStart() {
        assertThatCode(() -> RuntimeTelemetry.require(Map.of("ORT_DISABLE_TELEMETRY", "1"), () -> library(UPLOADER)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RuntimeTelemetry.require(Map.of("ORT_DISABLE_TELEMETRY", "0"), () -> library(UPLOADER)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRuntimeThatCannotBeFoundIsNotTakenOnTrust() {
        assertThatThrownBy(() -> RuntimeTelemetry.require(Map.of(), () -> null))
                .hasMessageContaining("could not be found");
    }

    @Test
    void theAddressIsFoundAcrossABufferBoundaryAndAfterAFalseStart() throws IOException {
        byte[] needle = RuntimeTelemetry.COLLECTOR.getBytes(StandardCharsets.US_ASCII);
        String split = "y".repeat((1 << 16) - 10) + "eventeventsevents.data.microsoft.com";
        assertThat(RuntimeTelemetry.contains(library(split), needle)).isTrue();
        assertThat(RuntimeTelemetry.contains(library("events.data.microsoft.co"), needle)).isFalse();
    }

    private InputStream shippedLibrary() {
        return getClass().getClassLoader().getResourceAsStream(
                "ai/onnxruntime/native/linux-x64/" + System.mapLibraryName("onnxruntime"));
    }

    private static InputStream library(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
