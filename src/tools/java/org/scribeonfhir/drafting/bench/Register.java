package org.scribeonfhir.drafting.bench;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;

/** How a draft reads: first-person statements, and sections left empty that the clinician's note fills. */
final class Register {

    static final Pattern FIRST_PERSON = Pattern.compile("(?i)(?:^|[^a-z'])(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|"
            + "we're|we've|we'll|us|our|let's|let me)(?![a-z'])");

    int notes;
    int statements;
    int firstPerson;
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
