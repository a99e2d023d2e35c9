package org.scribeonfhir.drafting.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses an ONNX Runtime that would report usage to Microsoft. The official Linux and macOS builds from
 * 1.29 on carry a 1DS uploader that starts with the runtime: it writes a persistent device id and an
 * event queue under {@code ~/.cache/Microsoft/DeveloperTools/.onnxruntime} and posts them to
 * {@value #COLLECTOR} (seen here with 1.29.0). A hospital must not find our process calling out, so the
 * runtime is checked before the first session: either its native library holds no collector address, or
 * {@code ORT_DISABLE_TELEMETRY=1} is in the environment (the runtime's documented opt-out, which must be set
 * before start-up, so the guard cannot set it itself).
 */
final class RuntimeTelemetry {

    static final String COLLECTOR = "events.data.microsoft.com";
    static final String OPT_OUT = "ORT_DISABLE_TELEMETRY";

    private RuntimeTelemetry() {
    }

    /** Checks the runtime this JVM would load; throws when it could upload and the opt-out is not set. */
    static void requireNone(ClassLoader loader) {
        require(System.getenv(), () -> nativeLibrary(loader));
    }

    interface Library {
        /** The native runtime's bytes, or null when it is not where onnxruntime-java looks first. */
        InputStream open() throws IOException;
    }

    static void require(Map<String, String> environment, Library library) {
        if ("1".equals(environment.get(OPT_OUT))) {
            return;
        }
        try (InputStream in = library.open()) {
            if (in == null) {
                throw new IllegalStateException("The ONNX Runtime's native library could not be found to check it "
                        + "for usage telemetry; start with " + OPT_OUT + "=1");
            }
            if (contains(in, COLLECTOR.getBytes(StandardCharsets.US_ASCII))) {
                throw new IllegalStateException("The ONNX Runtime on the class path uploads usage telemetry to "
                        + "Microsoft; start with " + OPT_OUT + "=1 or use a runtime without it (onnxruntime 1.28)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("The ONNX Runtime's native library could not be read", e);
        }
    }

    /** Where onnxruntime-java loads from: a directory named by a system property, else its own jar. */
    private static InputStream nativeLibrary(ClassLoader loader) throws IOException {
        String file = System.mapLibraryName("onnxruntime");
        String dir = System.getProperty("onnxruntime.native.path");
        if (dir != null) {
            return Files.newInputStream(Path.of(dir, file));
        }
        return loader.getResourceAsStream("ai/onnxruntime/native/" + platform() + "/" + file);
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") ? "osx" : os.contains("win") ? "win" : "linux";
        String a = arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : "x64";
        return o + "-" + a;
    }

    /** Streams through the file once (the library is tens of megabytes), keeping a needle's length across chunks. */
    static boolean contains(InputStream in, byte[] needle) throws IOException {
        String wanted = new String(needle, StandardCharsets.ISO_8859_1);
        byte[] buffer = new byte[1 << 16];
        String carried = "";
        for (int n; (n = in.read(buffer)) > 0;) {
            String chunk = carried + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            if (chunk.contains(wanted)) {
                return true;
            }
            carried = chunk.substring(Math.max(0, chunk.length() - needle.length + 1));
        }
        return false;
    }
}
