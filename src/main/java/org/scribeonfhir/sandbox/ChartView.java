package org.scribeonfhir.sandbox;

import java.util.List;

/** The mock EHR's chart of one encounter, ready to display (all text is escaped by the template). */
record ChartView(SandboxDirectory.Person patient, SandboxDirectory.Visit encounter, String attending,
        List<Row> problems, List<Row> vitals, List<Row> labs, List<Row> medications, List<Row> allergies,
        List<Note> notes) {

    /** One line of a chart section. */
    record Row(String label, String value, String date, String flag) {
    }

    /** A written note (US Core clinical-note DocumentReference) of the encounter. */
    record Note(String id, String date, String status, String docStatus, String type, String author, String text) {
    }
}
