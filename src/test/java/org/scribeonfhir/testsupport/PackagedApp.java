package org.scribeonfhir.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}) as its own process, the way an operator runs
 * it: for tests of whole-process behaviour (restarts, the production profile). One JVM per app, so its
 * native libraries (ONNX Runtime, tokenizers) load once, as in production.
 */
public final class PackagedApp implements AutoCloseable {

    private final int port;
    private final Path log;
    private final List<String> properties;
    private Process process;

    public PackagedApp(int port, String logName, String... systemProperties) {
        this.port = port;
        this.log = Path.of("target", logName + ".log");
        this.properties = List.of(systemProperties);
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public PackagedApp start(String... extraProperties) throws IOException, InterruptedException {
        launch(extraProperties);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the app exited; see " + log).isTrue();
            try {
                http.send(HttpRequest.newBuilder(URI.create(base() + "/q/openapi")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return this;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("The app did not start within 90 s; see " + log);
    }

    /** Starts the app expecting it to refuse to start; returns what it printed. */
    public String startExpectingRefusal(String... extraProperties) throws IOException, InterruptedException {
        launch(extraProperties);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the app should have stopped; see " + log).isTrue();
        assertThat(process.exitValue()).isNotZero();
        return Files.readString(log);
    }

    private void launch(String... extraProperties) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        properties.forEach(p -> command.add("-D" + p));
        for (String p : extraProperties) {
            command.add("-D" + p);
        }
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The JDBC URL of the embedded PostgreSQL the app started (read from its log). */
    public String embeddedJdbcUrl() throws IOException {
        Matcher m = Pattern.compile("Embedded PostgreSQL listening on 127\\.0\\.0\\.1:(\\d+)").matcher(Files.readString(log));
        assertThat(m.find()).as("embedded database in " + log).isTrue();
        return "jdbc:postgresql://127.0.0.1:" + m.group(1) + "/postgres?user=postgres";
    }

    /** SIGTERM, as a service manager stops it; forcibly after 30 s. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

}
