package org.scribeonfhir.review;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.scribeonfhir.problem.ProblemException;

/**
 * The checks of text a person sends to be kept (sections, pasted transcripts): no control characters but
 * tab, CR and LF (PostgreSQL cannot store NUL at all, and the others are invisible garbage in a legal record),
 * and no note longer than a note can be.
 */
final class NoteText {

    /**
     * The most a note can hold, its sections together: far beyond any visit note, and the most a browser
     * without a session can leave per draft (see {@link KeptTextStore}).
     */
    static final int MAX_NOTE_CHARS = 100_000;

    private NoteText() {
    }

    /** Refuses note sections (header → text) longer together than a note can be; shows them back if asked. */
    static void requireFits(Map<String, String> sections, boolean showBack) {
        long chars = sections.values().stream().filter(Objects::nonNull).mapToLong(String::length).sum();
        if (chars > MAX_NOTE_CHARS) {
            ProblemException refusal = new ProblemException(413, "note-too-long", "The note is too long",
                    String.format(Locale.ROOT, "The text sent has %,d characters; a note holds at most %,d. "
                            + "Nothing was saved.", chars, MAX_NOTE_CHARS),
                    "Shorten the note (long pasted results belong in the chart, not the note) and save again.");
            throw showBack ? refusal.keeping(sections) : refusal;
        }
    }

    /**
     * Refuses the first field (label → text) holding an unusable control character, naming it. With
     * {@code showBack} (browser forms) the problem page shows the typed text, without those characters.
     */
    static void require(Map<String, String> fields, boolean showBack) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            int at = firstUnusable(field.getValue());
            if (at >= 0) {
                ProblemException refusal = unusable(field.getKey(), field.getValue().charAt(at), at);
                throw showBack ? refusal.keeping(withoutUnusable(fields)) : refusal;
            }
        }
    }

    static boolean usable(char c) {
        return c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c);
    }

    private static int firstUnusable(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!usable(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> withoutUnusable(Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((label, text) -> {
            StringBuilder kept = new StringBuilder();
            if (text != null) {
                text.chars().filter(c -> usable((char) c)).forEach(c -> kept.append((char) c));
            }
            out.put(label, kept.toString());
        });
        return out;
    }

    private static ProblemException unusable(String field, char c, int index) {
        return new ProblemException(400, "control-character", "The text holds a character a note cannot contain",
                String.format("\"%s\" has an unusable control character (U+%04X) at character %d. Only tab, line "
                        + "breaks and printable characters can be saved; nothing was changed.", field, (int) c,
                        index + 1),
                "Delete the character (it usually comes along when copying from another program) and try again.");
    }
}
