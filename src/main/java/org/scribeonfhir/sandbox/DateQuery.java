package org.scribeonfhir.sandbox;

import java.time.Instant;

import org.hl7.fhir.r4.model.DateTimeType;

import ca.uhn.fhir.parser.DataFormatException;

import org.scribeonfhir.sandbox.SearchParameters.DateRange;

/** A date search value such as {@code ge2026-11-01}: a prefix and the time range its precision implies. */
record DateQuery(String prefix, DateRange range) {

    private static final java.util.Set<String> PREFIXES = java.util.Set.of("eq", "ne", "gt", "lt", "ge", "le", "sa",
            "eb", "ap");

    static DateQuery parse(String value) {
        String prefix = "eq";
        String date = value;
        if (value.length() > 2 && PREFIXES.contains(value.substring(0, 2))) {
            prefix = value.substring(0, 2);
            date = value.substring(2);
        }
        try {
            DateRange range = SearchParameters.range(new DateTimeType(date));
            if (range == null) {
                throw new DataFormatException("empty");
            }
            return new DateQuery(prefix, range);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw OperationOutcomes.badRequest("'" + value + "' is not a valid date search value.");
        }
    }

    /** FHIR R4 date comparison of the resource's range against the search range (ap is treated as eq). */
    boolean matches(DateRange target) {
        Instant s = range.start();
        Instant e = range.end();
        return switch (prefix) {
            case "ne" -> !(!target.start().isBefore(s) && !target.end().isAfter(e));
            case "gt" -> target.end().isAfter(e);
            case "lt" -> target.start().isBefore(s);
            case "ge" -> target.end().isAfter(s);
            case "le" -> target.start().isBefore(e);
            case "sa" -> !target.start().isBefore(e);
            case "eb" -> !target.end().isAfter(s);
            default -> !target.start().isBefore(s) && !target.end().isAfter(e);
        };
    }
}
