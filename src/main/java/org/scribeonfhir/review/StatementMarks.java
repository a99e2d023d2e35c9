package org.scribeonfhir.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;

/**
 * Which drafted statements a person kept, changed or removed, and which lines a person added: a drafted
 * statement counts as kept while its text still stands, as a line of its own, in the section.
 */
final class StatementMarks {

    enum Mark {
        KEPT, EDITED
    }

    record Marked(Statement statement, Mark mark) {
    }

    record Result(List<Marked> drafted, List<String> added) {
        long deleted() {
            return drafted.stream().filter(m -> m.mark() == Mark.EDITED).count();
        }
    }

    private StatementMarks() {
    }

    static Result of(Section model, String currentText) {
        List<String> lines = lines(currentText);
        Set<String> present = new HashSet<>();
        lines.forEach(l -> present.add(normalize(l)));
        Set<String> drafted = new HashSet<>();
        List<Marked> marked = new ArrayList<>();
        for (Statement s : model.statements()) {
            String key = normalize(s.text());
            drafted.add(key);
            marked.add(new Marked(s, present.contains(key) ? Mark.KEPT : Mark.EDITED));
        }
        List<String> added = new ArrayList<>();
        for (String line : lines) {
            if (!drafted.contains(normalize(line))) {
                added.add(line.strip());
            }
        }
        return new Result(marked, added);
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
