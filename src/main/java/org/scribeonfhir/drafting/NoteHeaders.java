package org.scribeonfhir.drafting;

import java.util.List;

/** The note's headers, in order, spelled exactly as the ACI-Bench scorer splits on them. */
public final class NoteHeaders {

    public static final String CHIEF_COMPLAINT = "CHIEF COMPLAINT";
    public static final String HPI = "HISTORY OF PRESENT ILLNESS";
    public static final String ROS = "REVIEW OF SYSTEMS";
    public static final String PHYSICAL_EXAM = "PHYSICAL EXAM";
    public static final String RESULTS = "RESULTS";
    public static final String ASSESSMENT_AND_PLAN = "ASSESSMENT AND PLAN";

    public static final List<String> ALL = List.of(CHIEF_COMPLAINT, HPI, ROS, PHYSICAL_EXAM, RESULTS,
            ASSESSMENT_AND_PLAN);

    private NoteHeaders() {
    }
}
