package org.scribeonfhir.review;

import java.util.LinkedHashMap;
import java.util.Map;

import org.scribeonfhir.problem.ProblemException;

/**
 * The one check of text a person sends to be kept (sections, pasted transcripts): no control characters but
 * tab, CR and LF. PostgreSQL cannot store NUL at all, and the others are invisible garbage in a legal record.
 */
final class NoteText {

    private NoteText() {
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
