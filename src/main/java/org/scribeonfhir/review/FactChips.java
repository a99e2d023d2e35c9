package org.scribeonfhir.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.scribeonfhir.ehr.ChartFact;

/** A chart fact as a short evidence chip: "Blood pressure 118/76 mmHg · 16 Nov 2026", never a resource id. */
final class FactChips {

    private static final int MAX_LABEL = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private FactChips() {
    }

    static String label(ChartFact f) {
        String label = f.label().length() > MAX_LABEL ? f.label().substring(0, MAX_LABEL - 1).strip() + "…" : f.label();
        boolean measured = "vital".equals(f.kind()) || "lab".equals(f.kind());
        String text = measured && f.value() != null ? label + " " + f.value() : label;
        String day = day(f.date());
        return day == null ? text : text + " · " + day;
    }

    /** A reference the chart column does not list (the patient, the encounter): said in words, not linked. */
    static String unlisted(String reference) {
        if (reference.startsWith("Patient/")) {
            return "patient's record";
        }
        if (reference.startsWith("Encounter/")) {
            return "this visit's record";
        }
        return reference;
    }

    private static String day(String date) {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            return DAY.format(LocalDate.parse(date.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
