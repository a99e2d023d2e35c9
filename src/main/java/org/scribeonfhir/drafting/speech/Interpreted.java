package org.scribeonfhir.drafting.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scribeonfhir.drafting.Turn;

/**
 * "[patient] Mi papá murió de cáncer del estómago." "[interpreter] My father died of stomach cancer.": the words the
 * interpreter renders are the record; the other language's words are not read ("mi" is no myocardial infarction).
 */
final class Interpreted {

    private static final Set<String> ENGLISH = Set.of("the", "and", "you", "i", "to", "of", "is", "it", "that",
            "in", "your", "my", "have", "for", "okay", "yes", "so", "what", "with", "do", "are", "be", "was",
            "this", "on", "any", "how", "we", "not", "or", "but", "about", "been", "pain", "just", "had", "has", "can",
            "will", "he", "she", "they", "her", "his", "at", "from", "feel", "take", "well", "some", "were", "there",
            "when", "today", "did", "know", "like", "right", "all", "think", "i'm", "it's", "don't", "day", "get");

    private Interpreted() {
    }

    /** Whether a turn the interpreter renders next is in another language: four words or more, almost none English. */
    static boolean foreign(Turn said, Turn next) {
        if (next == null || Role.ofTag(next.speaker()) != Role.INTERPRETER) {
            return false;
        }
        Role role = Role.ofTag(said.speaker());
        if (role != Role.PATIENT && role != Role.COMPANION) {
            return false;
        }
        List<String> words = Arrays.stream(said.text().toLowerCase(Locale.ROOT).split("[^\\p{L}0-9']+"))
                .filter(w -> !w.isEmpty()).toList();
        long english = words.stream().filter(ENGLISH::contains).count();
        return words.size() >= 4 && english * 10 < words.size();
    }
}
