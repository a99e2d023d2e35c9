package org.scribeonfhir.ehr;

import java.util.List;

/**
 * The open encounter: its reason is the chief complaint the chart supports.
 *
 * @param start the day it began (yyyy-MM-dd), or null
 * @param end   the day it ended (yyyy-MM-dd), or null while it is open; chart facts are read as of then
 */
public record EncounterFacts(String id, String status, String type, String reason, String start, String end,
        List<String> attenders) {

    /** An encounter whose end is not known (drafts stored before the end was kept, previews). */
    public EncounterFacts(String id, String status, String type, String reason, String start, List<String> attenders) {
        this(id, status, type, reason, start, null, attenders);
    }
}
