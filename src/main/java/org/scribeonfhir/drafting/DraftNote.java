package org.scribeonfhir.drafting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A drafted note: every header present (possibly empty), every statement with evidence.
 *
 * @param notices what the drafter could not do, in words for the person reviewing (e.g. an unusable transcript)
 */
public record DraftNote(List<Section> sections, String composer, List<String> notices) {

    public DraftNote {
        sections = List.copyOf(sections);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public DraftNote(List<Section> sections, String composer) {
        this(sections, composer, List.of());
    }

    public DraftNote withNotice(String notice) {
        List<String> all = new java.util.ArrayList<>(notices);
        all.add(notice);
        return new DraftNote(sections, composer, all);
    }

    public Section section(String header) {
        return sections.stream().filter(s -> s.header().equals(header)).findFirst()
                .orElse(new Section(header, List.of()));
    }

    /** Header → section text, in note order. */
    public Map<String, String> texts() {
        return sections.stream().collect(Collectors.toMap(Section::header, Section::text, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** The whole note as plain text: each header on its own line, sections separated by a blank line. */
    public static String render(Map<String, String> sectionTexts) {
        StringBuilder out = new StringBuilder();
        for (String header : NoteHeaders.ALL) {
            String body = sectionTexts.getOrDefault(header, "").strip();
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(header).append('\n');
            if (!body.isEmpty()) {
                out.append(body);
            }
        }
        return out.toString().strip() + "\n";
    }
}
