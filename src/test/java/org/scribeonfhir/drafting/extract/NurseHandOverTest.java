package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * An urgent-care visit as a recorder writes it (no punctuation): the nurse hands over the vitals before the patient
 * speaks, the patient opens with small talk and comes back to the point with "anyway", and a fever of years ago is
 * that illness's, not today's temperature.
 */
class NurseHandOverTest {

    private static final String[] VISIT = {
        "[nurse] okay she's in room three vitals are done temp is ninety nine point one the rest is normal",
        "[doctor] thanks hi i'm doctor quillon what brings you in today",
        "[patient] hi sorry my landlord keeps texting he's raising the rent to twenty one hundred a month can you "
                + "believe that anyway so i think i have a uti like it burns when i pee",
        "[doctor] how long has that been going on",
        "[patient] since saturday morning so like two days",
        "[doctor] fever or chills", "[patient] no fever no chills",
        "[doctor] have you had utis before",
        "[patient] a couple years ago i had a kidney infection i had a fever of like a hundred and three"};

    @Test
    void theNursesVitalsAreTodaysAndTheStoryAfterThemIsTheHistory() {
        VisitModel v = Visits.read(VISIT);
        assertThat(v.measurements()).filteredOn(m -> m.name().equals("Temperature")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo("99.1"));
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("dysuria")).singleElement()
                .satisfies(s -> assertThat(s.presence()).isEqualTo(Presence.PRESENT));
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("fever")).singleElement()
                .satisfies(s -> assertThat(s.presence()).isEqualTo(Presence.DENIED));
    }

    @Test
    void smallTalkBeforeAnywayIsNotTold() {
        List<String> hpi = Visits.lines(Visits.draft(VISIT), NoteHeaders.HPI);
        assertThat(hpi).noneMatch(l -> l.contains("2100") || l.contains("landlord"));
    }

    @Test
    void anywayEndsTheSmallTalkAndStartsTheComplaint() {
        List<String> said = Visits.dialogue(VISIT).ofTurn(3).stream().map(u -> u.text()).toList();
        assertThat(said).hasSize(2);
        assertThat(said.get(0)).endsWith("can you believe that");
        assertThat(said.get(1)).startsWith("anyway so i think i have a uti");
    }

    @Test
    void theFeverOfAKidneyInfectionYearsAgoIsNoVitalSign() {
        List<String> exam = Visits.lines(Visits.draft(VISIT), NoteHeaders.PHYSICAL_EXAM);
        assertThat(exam).contains("• Vitals: Temperature 99.1°F.").noneMatch(l -> l.contains("103"));
    }

    @Test
    void aTemperatureThePatientTookIsTheirStoryAndTheOneTakenTodayIsTheVitalSign() {
        var note = Visits.draft("[doctor] What's brought you in?", "[patient] I've had a cough and I feel hot.",
                "[patient] I took my temperature last night and it was 38.5.",
                "[doctor] Let me examine you. Temperature today is 37.9, chest is clear.");
        assertThat(Visits.lines(note, NoteHeaders.HPI)).contains("The patient reports temperature 38.5°C.");
        assertThat(Visits.lines(note, NoteHeaders.PHYSICAL_EXAM)).contains("• Vitals: Temperature 37.9°C.");
    }
}
