package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The visit conversation as turns: one {@code [speaker] text} per line, untagged lines continue the turn. */
public final class Transcript {

    private static final Pattern TAGGED = Pattern.compile("^\\s*\\[([A-Za-z_ -]{1,40})\\]\\s*(.*)$");

    private Transcript() {
    }

    public static List<Turn> parse(String text) {
        List<Turn> turns = new ArrayList<>();
        if (text == null) {
            return turns;
        }
        String speaker = null;
        StringBuilder current = null;
        for (String line : text.split("\\R")) {
            Matcher m = TAGGED.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    turns.add(new Turn(turns.size() + 1, speaker, current.toString().strip()));
                }
                speaker = m.group(1).trim().toLowerCase().replace(' ', '_');
                current = new StringBuilder(m.group(2));
            } else if (!line.isBlank()) {
                if (current == null) {
                    speaker = "unknown";
                    current = new StringBuilder(line.strip());
                } else {
                    current.append(' ').append(line.strip());
                }
            }
        }
        if (current != null) {
            turns.add(new Turn(turns.size() + 1, speaker, current.toString().strip()));
        }
        return turns;
    }
}
