package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * An old result said in the history ("your last A1c in August was 7.2") does not start the plan: the medicines
 * reviewed after it are current, and "we'll leave that off" stops only the drug it points back to.
 */
class MedicinesReviewAfterAResultTest {

    private static final String[] VISIT = {"[doctor] what brings you in", "[patient] a cough for ten days",
        "[doctor] how have your sugars been", "[patient] higher than normal like one sixty",
        "[doctor] that happens when you're sick your last a one c in august was seven point two",
        "[patient] yeah you said that was ok",
        "[doctor] it was pretty good are you still taking the metformin a thousand milligrams twice a day",
        "[patient] yes every day", "[doctor] and the glipizide",
        "[patient] no i stopped that one in the summer it was making me shaky",
        "[doctor] ok good to know we'll leave that off and the lisinopril ten and the atorvastatin forty at night",
        "[patient] yep both of those", "[doctor] let me examine you your lungs are clear",
        "[doctor] so for my assessment and plan this is a viral cough"};

    @Test
    void theDrugsReadFromTheListAfterLeaveThatOffAreCurrent() {
        List<String> hpi = Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.startsWith("Current medications:") && l.contains("lisinopril 10 mg")
                && l.contains("atorvastatin 40 mg nightly") && !l.contains("glipizide"));
    }

    @Test
    void noOrderIsWrittenForThem() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .noneMatch(l -> l.matches(".*(?:Stop|Start) (?:lisinopril|atorvastatin).*"));
    }
}
