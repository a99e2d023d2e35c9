package org.scribeonfhir.drafting.extract;

import java.util.Locale;

import org.scribeonfhir.drafting.lexicon.EditDistance;

/**
 * A chart drug's name as it may come out of speech recognition: said as written, or broken into sound-alike
 * pieces ("oxy butter nin" for oxybutynin). Only names the chart already holds are looked for this loosely.
 */
final class SpokenDrugName {

    private SpokenDrugName() {
    }

    /** "Naproxen 500 mg tablets" → "naproxen": the label's words before its strength or form. */
    static String generic(String label) {
        StringBuilder out = new StringBuilder();
        for (String w : label.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.matches("[a-z][a-z-]*") || w.matches("tablets?|capsules?|inhaler|cream|patch|oral|solution|"
                    + "suspension|er|xl|sr|mr")) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }

    /** The words of {@code text} that name {@code name}, or null. */
    static String find(String text, String name) {
        if (name.length() < 5 || name.contains(" ")) {
            return name.isBlank() || !text.toLowerCase(Locale.ROOT).matches("(?s).*\\b"
                    + java.util.regex.Pattern.quote(name) + "\\b.*") ? null : name;
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z']+");
        for (int i = 0; i < words.length; i++) {
            StringBuilder joined = new StringBuilder();
            for (int n = 1; n <= 3 && i + n <= words.length; n++) {
                joined.append(words[i + n - 1].replace("'s", "").replace("'", ""));
                String j = joined.toString();
                if (!j.startsWith(name.substring(0, 3)) || j.length() > name.length() + 4) {
                    continue;
                }
                int allowed = n == 1 ? name.length() / 5 : name.length() / 3;
                if (EditDistance.of(j, name) <= allowed) {
                    return String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                }
            }
        }
        return null;
    }
}
