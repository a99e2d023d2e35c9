package org.scribeonfhir.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jboss.logging.Logger;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * A PostgreSQL server run from the binaries that zonky publishes on Maven Central, so a fresh
 * machine needs nothing installed. We drive initdb/pg_ctl ourselves rather than through zonky's
 * launcher because PostgreSQL refuses to run as root: when we are root (containers, CI) the
 * server processes run as the unprivileged {@code nobody} user through {@code setpriv}.
 */
final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final int NOBODY = 65534;

    private final Path binaries;
    private final Path dataDir;
    private final int port;
    private final boolean asNobody;
    private final DataDirOwner owner;

    private EmbeddedPostgres(Path binaries, Path dataDir, int port, boolean asNobody, DataDirOwner owner) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.port = port;
        this.asNobody = asNobody;
        this.owner = owner;
    }

    static EmbeddedPostgres start(Path dataDir, boolean clean) {
        DataDirOwner owner = null;
        try {
            boolean root = isRoot();
            Path binaries = extractBinaries();
            Path data = dataDir.toAbsolutePath();
            owner = DataDirOwner.acquire(data); // before any clean-up: never touch a live instance's database
            if (clean) {
                deleteRecursively(data);
            }
            Files.createDirectories(data);
            EmbeddedPostgres pg = new EmbeddedPostgres(binaries, data, freePort(), root, owner);
            if (root) {
                pg.handOverToNobody();
            }
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                pg.run(60, "initdb", "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF-8",
                        "--locale=C");
            }
            pg.stopLeftover();
            pg.run(60, "pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + pg.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -F"
                            + " -c timezone=UTC -c max_connections=100",
                    "start");
            LOG.infof("Embedded PostgreSQL listening on 127.0.0.1:%d, data in %s", pg.port, data);
            return pg;
        } catch (IOException e) {
            release(owner);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } catch (RuntimeException e) {
            release(owner);
            throw e;
        }
    }

    private static void release(DataDirOwner owner) {
        if (owner != null) {
            owner.close();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    @Override
    public void close() {
        try {
            run(30, "pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "20", "stop");
        } catch (RuntimeException e) {
            LOG.warnf("Embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
        } finally {
            owner.close();
        }
    }

    /** A server left running by a JVM that was killed (we hold the owner lock, so none is alive) holds the data. */
    private void stopLeftover() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            try {
                run(30, "pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "20", "stop");
            } catch (RuntimeException e) {
                LOG.debug("No leftover server to stop");
            }
        }
    }

    private void handOverToNobody() throws IOException {
        for (Path p = dataDir.getParent(); p != null; p = p.getParent()) {
            if (!Files.isReadable(p) || !Files.getPosixFilePermissions(p).contains(
                    java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("Running as root, the embedded PostgreSQL runs as 'nobody', which cannot reach "
                        + dataDir + " (" + p + " is not world-traversable). Set SCRIBE_DB_EMBEDDED_DATA_DIR to a path"
                        + " under /var/tmp or /work, or run as a normal user.");
            }
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.setAttribute(f, "unix:uid", NOBODY);
                Files.setAttribute(f, "unix:gid", NOBODY);
            }
        }
    }

    private void run(int timeoutSeconds, String binary, String... args) {
        List<String> command = new ArrayList<>();
        if (asNobody) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.add(binaries.resolve("bin").resolve(binary).toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .directory(dataDir.getParent().toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(binary + " did not finish within " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(binary + " failed with exit code " + process.exitValue()
                        + "; see " + dataDir.resolve("server.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path extractBinaries() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
        String arch = System.getProperty("os.arch");
        String machine = "amd64".equals(arch) ? "x86_64" : arch;
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine)) {
            archive = in.readAllBytes();
        }
        String digest = sha256(archive).substring(0, 16);
        // Outside the user's home so that 'nobody' can execute them when we run as root.
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "scribe-on-fhir-pg-" + digest);
        Path marker = target.resolve(".complete");
        if (Files.exists(marker)) {
            return target;
        }
        Path staging = Files.createTempDirectory(target.getParent(), "scribe-pg-staging");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new java.io.ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = staging.resolve(entry.getName()).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("Refusing archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out);
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(
                            (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(staging)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException alreadyThere) {
            // Another process extracted the same archive first; use theirs.
            deleteRecursively(staging);
        }
        return target;
    }

    private static boolean isRoot() {
        try {
            Path probe = Files.createTempFile("scribe-uid", ".probe");
            try {
                return Integer.valueOf(0).equals(Files.getAttribute(probe, "unix:uid"));
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
