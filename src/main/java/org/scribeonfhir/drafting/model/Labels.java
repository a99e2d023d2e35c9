package org.scribeonfhir.drafting.model;

import java.util.List;

import org.scribeonfhir.drafting.NoteHeaders;

/** The heads' output classes, in the order of their output columns (the model card repeats them). */
public final class Labels {

    public static final String NONE = "NONE";

    /** Section head: the six note headers, then "belongs nowhere" (greetings, small talk, logistics). */
    public static final List<String> SECTIONS = List.of(NoteHeaders.CHIEF_COMPLAINT, NoteHeaders.HPI,
            NoteHeaders.ROS, NoteHeaders.PHYSICAL_EXAM, NoteHeaders.RESULTS, NoteHeaders.ASSESSMENT_AND_PLAN, NONE);

    /** Entity head: BIO over WordPiece tokens for the two types BC5CDR teaches (drug, disease/problem). */
    public static final List<String> BIO = List.of("O", "B-MEDICATION", "I-MEDICATION", "B-PROBLEM", "I-PROBLEM");

    private Labels() {
    }
}
