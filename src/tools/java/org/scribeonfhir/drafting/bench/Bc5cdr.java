package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.model.Span;

/** BC5CDR (PubTator): title + abstract with Chemical (→ MEDICATION) and Disease (→ PROBLEM) mentions. */
public final class Bc5cdr {

    public static final String TRAIN = "CDR_TrainingSet.PubTator.txt";
    public static final String DEV = "CDR_DevelopmentSet.PubTator.txt";
    public static final String TEST = "CDR_TestSet.PubTator.txt";

    public record Doc(String pmid, String text, List<Span> mentions) {
    }

    /** A sentence of a document: its text and where it starts in the document. */
    public record Sentence(Doc doc, int offset, String text) {
    }

    private Bc5cdr() {
    }

    public static List<Doc> read(Path data, String file) throws IOException {
        Map<String, String[]> parts = new LinkedHashMap<>();
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        for (String line : Files.readAllLines(data.resolve("bc5cdr").resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar > 0 && line.length() > bar + 2 && line.charAt(bar + 2) == '|') {
                String pmid = line.substring(0, bar);
                String[] p = parts.computeIfAbsent(pmid, k -> new String[2]);
                p[line.charAt(bar + 1) == 't' ? 0 : 1] = line.substring(bar + 3);
                continue;
            }
            String[] f = line.split("\t");
            if (f.length >= 5 && !f[1].equals("CID")) {
                String type = f[4].equals("Chemical") ? "MEDICATION" : f[4].equals("Disease") ? "PROBLEM" : null;
                if (type != null) {
                    mentions.computeIfAbsent(f[0], k -> new ArrayList<>())
                            .add(new Span(type, Integer.parseInt(f[1]), Integer.parseInt(f[2]), 1.0));
                }
            }
        }
        List<Doc> docs = new ArrayList<>();
        for (Map.Entry<String, String[]> e : parts.entrySet()) {
            String text = e.getValue()[0] + " " + (e.getValue()[1] == null ? "" : e.getValue()[1]);
            docs.add(new Doc(e.getKey(), text, mentions.getOrDefault(e.getKey(), List.of())));
        }
        return docs;
    }

    /**
     * Sentences split after ". " (or "? ", "! ") unless the next word starts in lower case ("i.v. injection",
     * "5 mg. daily") or the period ends a title ("St.", "Dr."); the title is its own sentence. The mentions
     * play no part, so test text is cut exactly as text the app has never seen would be.
     */
    public static List<Sentence> sentences(Doc d) {
        List<Sentence> out = new ArrayList<>();
        String t = d.text();
        int start = 0;
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && t.charAt(i + 1) == ' ' && boundary(t, i)) {
                out.add(new Sentence(d, start, t.substring(start, i + 1)));
                start = i + 2;
            }
        }
        if (start < t.length()) {
            out.add(new Sentence(d, start, t.substring(start)));
        }
        return out;
    }

    private static boolean boundary(String t, int end) {
        if (end + 2 < t.length() && Character.isLowerCase(t.charAt(end + 2))) {
            return false;
        }
        return !TITLE.matcher(t.substring(Math.max(0, end - 4), end + 1)).find();
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("(?:^|[\\s(])(?:St|Dr|Mr|Mrs|Ms)\\.$");
}
