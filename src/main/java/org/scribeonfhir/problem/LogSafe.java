package org.scribeonfhir.problem;

import java.util.regex.Pattern;

/**
 * What of a request, or of a remote system's answer, may go into a log line. A raw value could end the line
 * and write a forged one of its own, or carry markup into a log viewer. So ids go in only once parsed (a
 * draft's {@code UUID}), paths only as their route template, and any other text through {@link #text}.
 */
public final class LogSafe {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9 _.,:;/=+@#()-]");
    private static final int MAX = 100;

    private LogSafe() {
    }

    /** Letters, digits and plain punctuation, each other character a '?'; at most 100 characters. */
    public static String text(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        String cut = s.length() > MAX ? s.substring(0, MAX) : s;
        return UNSAFE.matcher(cut).replaceAll("?") + (cut.length() < s.length() ? "..." : "");
    }
}
