package org.scribeonfhir.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log message written while it is open, as the console would print it (format applied), from every
 * thread. Hooks the root logger, which the JBoss LogManager (surefire sets it as the JUL manager) shares.
 */
public final class CapturedLog implements AutoCloseable {

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            messages.add(r.getLoggerName() + " " + r.getLevel() + " " + text(r));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog() {
    }

    public static CapturedLog open() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log.handler);
        return log;
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }

    private static String text(LogRecord r) {
        String text = r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage();
        return r.getThrown() == null ? text : text + " " + r.getThrown();
    }
}
