package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * "It can cause constipation" said after the iron was prescribed and vitamin C mentioned: the counselling line names
 * the drug ordered ("Counseled that ferrous sulfate can cause constipation"), never the vitamin C said in between,
 * and stays as said when two ordered drugs were just named.
 */
class SideEffectsNameTheirDrugTest {

    private static List<String> lines(String... visit) {
        return Visits.lines(Visits.draft(visit));
    }

    @Test
    void aSideEffectNamesTheDrugOrderedJustBefore() {
        List<String> l = lines("[doctor] Your iron is low, that explains the tiredness.", "[patient] Okay.",
                "[doctor] Iron tablets. Ferrous sulfate, 325 milligrams, one tablet every other day.",
                "[patient] Okay.",
                "[doctor] Take it with orange juice, or vitamin C, and not with tea. It can cause constipation, so "
                        + "lots of water and fruit.");
        assertThat(l).anyMatch(x -> x.contains("Counseled that ferrous sulfate can cause constipation"));
        assertThat(l).noneMatch(x -> x.toLowerCase(java.util.Locale.ROOT).contains("ascorbic acid can"));
    }

    @Test
    void twoDrugsJustNamedLeaveTheItAsSaid() {
        List<String> l = lines("[doctor] Your blood pressure is high.", "[patient] Okay.",
                "[doctor] I'll start amlodipine 5 milligrams daily and lisinopril 10 milligrams daily. It can make "
                        + "you dizzy when you stand up.");
        assertThat(l).noneMatch(x -> x.contains("amlodipine can") || x.contains("lisinopril can"));
    }

    @Test
    void whatTheDrugDoesInTheBodyNamesTheDrugInsteadOfIt() {
        List<String> l = lines("[doctor] Your mood and anxiety scores are both in the moderate range.",
                "[patient] Okay.",
                "[doctor] I'd like to start sertraline, 50 milligrams once a day.", "[patient] How does it work?",
                "[doctor] It increases the amount of serotonin available between nerve cells, which over time helps "
                        + "with mood and anxiety.");
        assertThat(l).contains("• Patient Education and Counseling: Counseled that sertraline increases the amount of "
                + "serotonin available between nerve cells, which over time helps with mood and anxiety.")
                .noneMatch(x -> x.contains(": It increases"));
    }
}
