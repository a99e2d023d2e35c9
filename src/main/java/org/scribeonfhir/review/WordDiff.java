package org.scribeonfhir.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level difference between two texts, for comparing versions in the history. */
final class WordDiff {

    enum Kind {
        SAME, DELETED, INSERTED
    }

    record Segment(Kind kind, String text) {

        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean deleted() {
            return kind == Kind.DELETED;
        }
    }

    /** Spaces, words and single punctuation marks: "night." changed to "night and …." keeps "night" and ".". */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    /** Above this many cells the middle is shown as replaced whole: a note is never that long in practice. */
    private static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {
    }

    /**
     * Line by line first (a note is lines of statements), then word by word within a line a person changed
     * (most words in common); a line replaced by a different one reads as removed, then added.
     */
    static List<Segment> of(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<String> came = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                changedLines(out, gone, came);
                append(out, new Segment(Kind.SAME, a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                gone.add(a.get(i++));
            } else {
                came.add(b.get(j++));
            }
        }
        changedLines(out, gone, came);
        return out;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("(?<=\n)"));
    }

    /** A run of changed lines: the n-th gone and n-th come compared word by word when they are alike. */
    private static void changedLines(List<Segment> out, List<String> gone, List<String> came) {
        int paired = Math.min(gone.size(), came.size());
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (int k = 0; k < paired; k++) {
            if (alike(gone.get(k), came.get(k))) {
                whole(out, removed, added);
                words(gone.get(k), came.get(k)).forEach(seg -> append(out, seg));
            } else {
                removed.add(gone.get(k));
                added.add(came.get(k));
            }
        }
        removed.addAll(gone.subList(paired, gone.size()));
        added.addAll(came.subList(paired, came.size()));
        whole(out, removed, added);
        gone.clear();
        came.clear();
    }

    /** Lines replaced whole: all that went, then all that came, so no added line runs into a removed one. */
    private static void whole(List<Segment> out, List<String> removed, List<String> added) {
        removed.forEach(l -> append(out, new Segment(Kind.DELETED, l)));
        added.forEach(l -> append(out, new Segment(Kind.INSERTED, l)));
        removed.clear();
        added.clear();
    }

    /** Half the words of the shorter line are in the other: a changed line, not a different one. */
    private static boolean alike(String before, String after) {
        Set<String> a = LineSimilarity.words(before);
        Set<String> b = LineSimilarity.words(after);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared * 2 >= Math.min(a.size(), b.size());
    }

    private static void append(List<Segment> out, Segment s) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == s.kind()) {
            out.set(out.size() - 1, new Segment(s.kind(), out.get(out.size() - 1).text() + s.text()));
        } else if (!s.text().isEmpty()) {
            out.add(s);
        }
    }

    private static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Segment> out = new ArrayList<>();
        add(out, Kind.SAME, a.subList(0, start));
        middle(out, a.subList(start, endA), b.subList(start, endB));
        add(out, Kind.SAME, a.subList(endA, a.size()));
        return readable(out);
    }

    /**
     * A rewritten line shares a word or two with the old one by chance ("diabetes", a space): kept as common
     * text, those words would interleave the two lines word by word. Common runs of at most two words between
     * changes count as changed, and each run of changes reads as what went, then what came.
     */
    private static List<Segment> readable(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean between = i > 0 && i < segments.size() - 1;
            if (s.same() && !(between && s.text().strip().split("\\s+").length <= 2)) {
                flush(out, deleted, inserted);
                out.add(s);
            } else {
                if (s.kind() != Kind.INSERTED) {
                    deleted.append(s.text());
                }
                if (s.kind() != Kind.DELETED) {
                    inserted.append(s.text());
                }
            }
        }
        flush(out, deleted, inserted);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        if (deleted.length() > 0) {
            out.add(new Segment(Kind.DELETED, deleted.toString()));
        }
        if (inserted.length() > 0) {
            out.add(new Segment(Kind.INSERTED, inserted.toString()));
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    private static void middle(List<Segment> out, List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(out, Kind.DELETED, a);
            add(out, Kind.INSERTED, b);
            return;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(out, Kind.SAME, List.of(a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(out, Kind.DELETED, List.of(a.get(i++))); // what went, then what came
            } else {
                add(out, Kind.INSERTED, List.of(b.get(j++)));
            }
        }
    }

    /** Appends, merging with the last segment of the same kind so the page gets runs, not single words. */
    private static void add(List<Segment> out, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            text = out.remove(out.size() - 1).text() + text;
        }
        out.add(new Segment(kind, text));
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
