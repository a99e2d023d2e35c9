package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Role;

/**
 * The visit conversation as turns: one {@code [speaker] text} per line, untagged lines continue the turn. A pasted
 * transcript labelled the way people type it ({@code Doctor: …}, {@code Dr Patel: …}, {@code Mum: …}) reads the same,
 * as long as the label names a role; other text before a colon ("Note: …") stays inside the turn.
 */
public final class Transcript {

    private static final Pattern TAGGED = Pattern.compile("^\\s*\\[([A-Za-z_ -]{1,40})\\]\\s*(.*)$");

    /** "Doctor:", "Dr. Patel:", "Nurse Kim:" — a role word, at most two more words, then the colon. */
    private static final Pattern LABELLED = Pattern.compile(
            "^\\s*([A-Za-z]+)\\.?((?: [A-Z][A-Za-z'-]*\\.?){0,2})\\s*:\\s*(.*)$");

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
            String[] tagged = tagged(line);
            if (tagged != null) {
                if (current != null) {
                    turns.add(new Turn(turns.size() + 1, speaker, current.toString().strip()));
                }
                speaker = tagged[0];
                current = new StringBuilder(tagged[1]);
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

    private static String[] tagged(String line) {
        Matcher m = TAGGED.matcher(line);
        if (m.matches()) {
            return new String[] {m.group(1).trim().toLowerCase(Locale.ROOT).replace(' ', '_'), m.group(2)};
        }
        m = LABELLED.matcher(line);
        if (m.matches()) {
            String role = m.group(1).toLowerCase(Locale.ROOT);
            if (Role.ofTag(role) != Role.OTHER && (m.group(2).isEmpty() || Role.ofTag(role) == Role.CLINICIAN)) {
                return new String[] {role.equals("dr") ? "doctor" : role, m.group(3)};
            }
        }
        return null;
    }
}
