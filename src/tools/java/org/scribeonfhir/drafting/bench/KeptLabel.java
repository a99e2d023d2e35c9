package org.scribeonfhir.drafting.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.scribeonfhir.drafting.eval.Rouge;

/**
 * Whether a drafted statement is "kept" by the clinician's note: at least half of its content words, and
 * (for statements of two or more content words) at least one pair of consecutive content words, occur in the
 * reference note. The composer's own framing ("the patient reports that", "endorses") is not content.
 */
final class KeptLabel {

    private static final Set<String> NOT_CONTENT = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but",
            "by", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "him", "his", "i", "if", "in",
            "is", "it", "its", "me", "my", "of", "on", "or", "our", "she", "so", "that", "the", "their", "them", "then",
            "there", "they", "this", "to", "was", "we", "were", "what", "when", "which", "with", "you", "your",
            "patient", "patients", "reports", "report", "reported", "states", "endorses", "denies", "family",
            "member", "current", "medications");

    private final Set<String> words = new HashSet<>();
    private final Set<String> pairs = new HashSet<>();

    KeptLabel(String referenceNote) {
        List<String> content = content(referenceNote);
        words.addAll(content);
        for (int i = 1; i < content.size(); i++) {
            pairs.add(content.get(i - 1) + " " + content.get(i));
        }
    }

    /** Null when the statement has no content words to judge by. */
    Boolean kept(String statement) {
        List<String> content = content(statement);
        if (content.isEmpty()) {
            return null;
        }
        long found = content.stream().filter(words::contains).count();
        if (2 * found < content.size()) {
            return false;
        }
        if (content.size() == 1) {
            return true;
        }
        for (int i = 1; i < content.size(); i++) {
            if (pairs.contains(content.get(i - 1) + " " + content.get(i))) {
                return true;
            }
        }
        return false;
    }

    static List<String> content(String text) {
        return Rouge.tokenize(text).stream().filter(w -> !NOT_CONTENT.contains(w)).toList();
    }
}
