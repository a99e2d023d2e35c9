package org.scribeonfhir.ehr;

import java.util.List;

/** The open encounter: its reason is the chief complaint the chart supports. */
public record EncounterFacts(String id, String status, String type, String reason, String start,
        List<String> attenders) {
}
