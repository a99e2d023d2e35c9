package org.scribeonfhir.drafting.bench;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;

/**
 * How a draft reads: first-person statements, statements that still read as talk, and sections left empty that
 * the clinician's note fills.
 */
final class Register {

    static final Pattern FIRST_PERSON = Pattern.compile("(?i)(?:^|[^a-z'])(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|"
            + "we're|we've|we'll|us|our|let's|let me)(?![a-z'])");
    /**
     * Marks of talk a note does not have, written for this count (not the drafter's own rules): fillers, a word or
     * two said twice, the clinician's hedges and feelings, "excuse me", a question.
     */
    static final Pattern SPOKEN = Pattern.compile("(?i)\\b(?:you know|kinda|sorta|gonna|wanna|um|uh)\\b|\\b(\\w+(?: \\w+)?),?"
            + " \\1\\b(?<!\\d)|\\bthe clinician (?:thinks|knows|guesses|is (?:glad|happy|proud|sure)|do \\w+|meant|wanted "
            + "to ask)\\b|\\bexcuse (?:me|the clinician)\\b|\\?|(?:^|[,.] |: |\\b(?:so|and|okay|now) )(?:are|do|did|have) the "
            + "patient\\b|\\bis that (?:what|right|okay)\\b|\\b(?:what|any|other) questions\\b|\\b(?:for|at|about|is|was|"
            + "it's) like (?:a|an|\\d)");

    /** The note's author narrated in the third person ("The clinician is not too concerned…"): no note says it. */
    static final Pattern NARRATOR = Pattern.compile("(?i)\\bthe (?:clinician|care team)\\b");

    int notes;
    int statements;
    int firstPerson;
    int spoken;
    int narrator;
    int emptyChiefComplaint;
    int referenceRos;
    int emptyRos;
    int referenceExam;
    int emptyExam;

    void add(DraftNote draft, String reference) {
        notes++;
        for (Section s : draft.sections()) {
            for (Statement st : s.statements()) {
                statements++;
                firstPerson += FIRST_PERSON.matcher(st.text()).find() ? 1 : 0;
                spoken += SPOKEN.matcher(st.text()).find() ? 1 : 0;
                narrator += NARRATOR.matcher(st.text()).find() ? 1 : 0;
            }
        }
        emptyChiefComplaint += draft.section(NoteHeaders.CHIEF_COMPLAINT).statements().isEmpty() ? 1 : 0;
        boolean ros = false;
        boolean exam = false;
        for (NoteSections.Line l : NoteSections.lines(reference)) {
            ros |= l.section().equals(NoteHeaders.ROS);
            exam |= l.section().equals(NoteHeaders.PHYSICAL_EXAM);
        }
        if (ros) {
            referenceRos++;
            emptyRos += draft.section(NoteHeaders.ROS).statements().isEmpty() ? 1 : 0;
        }
        if (exam) {
            referenceExam++;
            emptyExam += draft.section(NoteHeaders.PHYSICAL_EXAM).statements().isEmpty() ? 1 : 0;
        }
    }
}
