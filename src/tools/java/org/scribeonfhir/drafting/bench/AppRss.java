package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app's memory as an operator sees it: starts {@code target/quarkus-app/quarkus-run.jar} (sandbox
 * profile: embedded database, preview open), drafts every test1 visit through {@code POST /api/drafts/preview},
 * and reads the process's resident set (now and peak) from {@code /proc}.
 */
final class AppRss {

    private static final int PORT = 18095;

    private AppRss() {
    }

    static Map<String, Object> measure(List<AciBench.Encounter> visits) throws IOException, InterruptedException {
        Map<String, Object> m = new LinkedHashMap<>();
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            m.put("skipped", "no packaged app at " + jar + " (run mvn -Pbenchmark verify)");
            return m;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dquarkus.profile=sandbox", "-Dquarkus.http.port=" + PORT, "-Dquarkus.http.host=127.0.0.1",
                "-Dscribe.launch.public-url=http://localhost:" + PORT, "-Dscribe.db.embedded.data-dir=target/bench-db",
                "-jar", jar.toString()));
        Path log = Path.of("target/benchmarks/app-rss.log");
        Files.createDirectories(log.getParent());
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            waitUntilUp(http, app);
            int ok = 0;
            for (AciBench.Encounter e : visits) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                        + "/api/drafts/preview")).header("Content-Type", "text/plain").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(e.dialogue())).build(), HttpResponse.BodyHandlers.ofString());
                ok += r.statusCode() == 200 ? 1 : 0;
            }
            Map<String, Long> rss = rss(app.pid());
            m.put("app_rss_mb", rss.get("VmRSS"));
            m.put("app_peak_rss_mb", rss.get("VmHWM"));
            m.put("drafted", ok + "/" + visits.size());
            m.put("how", "packaged app (java -jar target/quarkus-app/quarkus-run.jar, sandbox profile, default JVM "
                    + "settings) after drafting ACI-Bench test1 through POST /api/drafts/preview");
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        return m;
    }

    private static void waitUntilUp(HttpClient http, Process app) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/q/openapi")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("The packaged app did not start; see target/benchmarks/app-rss.log");
    }

    private static Map<String, Long> rss(long pid) throws IOException {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                m.put(line.substring(0, 5), Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0));
            }
        }
        return m;
    }
}
