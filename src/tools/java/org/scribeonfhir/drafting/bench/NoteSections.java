package org.scribeonfhir.drafting.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.NoteHeaders;

/** Cuts an ACI-Bench reference note into its headed parts, mapped onto our six headers. */
public final class NoteSections {

    /** Headers seen in ACI-Bench train/valid notes → our header (the scorer's divisions agree). */
    public static final Map<String, String> HEADER_MAP = Map.ofEntries(
            Map.entry("CHIEF COMPLAINT", NoteHeaders.CHIEF_COMPLAINT),
            Map.entry("HISTORY OF PRESENT ILLNESS", NoteHeaders.HPI),
            Map.entry("SOCIAL HISTORY", NoteHeaders.HPI),
            Map.entry("MEDICATIONS", NoteHeaders.HPI),
            Map.entry("CURRENT MEDICATIONS", NoteHeaders.HPI),
            Map.entry("MEDICAL HISTORY", NoteHeaders.HPI),
            Map.entry("PAST HISTORY", NoteHeaders.HPI),
            Map.entry("FAMILY HISTORY", NoteHeaders.HPI),
            Map.entry("SURGICAL HISTORY", NoteHeaders.HPI),
            Map.entry("ALLERGIES", NoteHeaders.HPI),
            Map.entry("BIRTH HISTORY", NoteHeaders.HPI),
            Map.entry("REVIEW OF SYSTEMS", NoteHeaders.ROS),
            Map.entry("PHYSICAL EXAM", NoteHeaders.PHYSICAL_EXAM),
            Map.entry("PHYSICAL EXAMINATION", NoteHeaders.PHYSICAL_EXAM),
            Map.entry("EXAM", NoteHeaders.PHYSICAL_EXAM),
            Map.entry("VITALS", NoteHeaders.PHYSICAL_EXAM),
            Map.entry("VITALS REVIEWED", NoteHeaders.PHYSICAL_EXAM),
            Map.entry("RESULTS", NoteHeaders.RESULTS),
            Map.entry("ASSESSMENT AND PLAN", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("ASSESSMENT", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("PLAN", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("IMPRESSION", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("INSTRUCTIONS", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("PROCEDURE", NoteHeaders.ASSESSMENT_AND_PLAN));

    /** One line of a note body under its (mapped) header. */
    public record Line(String section, String text) {
    }

    private NoteSections() {
    }

    public static List<Line> lines(String note) {
        List<Line> out = new ArrayList<>();
        String current = NoteHeaders.HPI;
        for (String raw : note.split("\\R")) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            String mapped = HEADER_MAP.get(l.toUpperCase());
            if (mapped != null && l.equals(l.toUpperCase())) {
                current = mapped;
                continue;
            }
            out.add(new Line(current, l));
        }
        return out;
    }
}
