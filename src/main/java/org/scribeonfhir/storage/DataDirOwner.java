package org.scribeonfhir.storage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * One app per embedded data directory. The app holds a file lock beside the directory while its server runs;
 * the operating system releases it when the JVM ends, however it ends. So a server found running while the
 * lock is free was left behind by a killed app and may be stopped, and a held lock means a live app whose
 * database must not be touched.
 */
final class DataDirOwner implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirOwner(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the directory, or refuses with what a person needs to know to run a second instance. */
    static DataDirOwner acquire(Path dataDir) throws IOException {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another Scribe-on-FHIR instance is using the embedded database in "
                    + dataDir + describeServer(dataDir) + ". Stop that instance first, or give this one its own "
                    + "folder with SCRIBE_DB_EMBEDDED_DATA_DIR (and its own port with QUARKUS_HTTP_PORT).");
        }
        return new DataDirOwner(channel, lock);
    }

    /** " (PostgreSQL pid 123, answering on 127.0.0.1:5433)", from the server's postmaster.pid, or "". */
    static String describeServer(Path dataDir) {
        try {
            List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            if (pid.size() < 4) {
                return "";
            }
            int port = Integer.parseInt(pid.get(3).strip());
            return " (PostgreSQL pid " + pid.get(0).strip() + (answers(port) ? ", answering on 127.0.0.1:" + port
                    : ", not answering") + ")";
        } catch (IOException | NumberFormatException unreadable) {
            return "";
        }
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}
