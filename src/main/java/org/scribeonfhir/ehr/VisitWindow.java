package org.scribeonfhir.ehr;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Encounter;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * The chart as of the visit: a note documents what was known then, so results that arrived after the
 * encounter's end (or, while it has none, after the end of the day it started) are left out.
 *
 * @param end the last instant that belongs to the visit, or null when the encounter has no dates at all
 */
record VisitWindow(OffsetDateTime end) {

    /** A day whose time zone is unknown ends when it ends anywhere on earth, so nothing of it is lost. */
    private static final ZoneOffset LAST_ZONE = ZoneOffset.ofHours(-12);

    static VisitWindow of(Encounter e) {
        BaseDateTimeType start = e.getPeriod().hasStart() ? e.getPeriod().getStartElement() : null;
        BaseDateTimeType end = e.getPeriod().hasEnd() ? e.getPeriod().getEndElement() : null;
        ZoneOffset zone = start != null && timed(start) ? offset(start) : LAST_ZONE;
        if (end != null && timed(end)) {
            return new VisitWindow(dateTime(end));
        }
        BaseDateTimeType day = end != null ? end : start;
        if (day == null || firstDay(day) == null) {
            return new VisitWindow(null);
        }
        LocalDate last = timed(day) ? dateTime(day).toLocalDate() : lastDay(day);
        return new VisitWindow(last.atTime(LocalTime.MAX).atOffset(timed(day) ? offset(day) : zone));
    }

    boolean bounded() {
        return end != null;
    }

    /** The {@code le} value for the FHIR search, to the second in the encounter's own offset. */
    String searchValue() {
        return end.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Whether a fact dated {@code when} can have been known at the visit. Undated facts are kept; a date
     * without a time counts as soon as its day began on or before the visit's last day.
     */
    boolean admits(BaseDateTimeType when) {
        if (end == null || when == null || when.getValue() == null) {
            return true;
        }
        if (!timed(when)) {
            LocalDate first = firstDay(when);
            return first == null || !first.isAfter(end.toLocalDate());
        }
        return !instant(when).isAfter(end.toInstant());
    }

    /** A point on one time line for ordering facts: a date without a time counts from its first moment (UTC). */
    static Instant instant(BaseDateTimeType when) {
        if (when == null || when.getValue() == null) {
            return null;
        }
        if (timed(when)) {
            return dateTime(when).toInstant();
        }
        LocalDate first = firstDay(when);
        return first == null ? when.getValue().toInstant() : first.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static boolean timed(BaseDateTimeType t) {
        return t.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal();
    }

    private static OffsetDateTime dateTime(BaseDateTimeType t) {
        try {
            return OffsetDateTime.parse(t.getValueAsString());
        } catch (DateTimeException e) {
            return t.getValue().toInstant().atOffset(ZoneOffset.UTC); // no offset written: HAPI's reading of it
        }
    }

    private static ZoneOffset offset(BaseDateTimeType t) {
        return dateTime(t).getOffset();
    }

    private static LocalDate firstDay(BaseDateTimeType t) {
        String s = t.getValueAsString();
        try {
            return switch (t.getPrecision()) {
                case YEAR -> Year.parse(s).atDay(1);
                case MONTH -> YearMonth.parse(s).atDay(1);
                case DAY -> LocalDate.parse(s);
                default -> dateTime(t).toLocalDate();
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate lastDay(BaseDateTimeType t) {
        String s = t.getValueAsString();
        return switch (t.getPrecision()) {
            case YEAR -> Year.parse(s).atMonth(12).atEndOfMonth();
            case MONTH -> YearMonth.parse(s).atEndOfMonth();
            default -> LocalDate.parse(s.substring(0, 10));
        };
    }
}
