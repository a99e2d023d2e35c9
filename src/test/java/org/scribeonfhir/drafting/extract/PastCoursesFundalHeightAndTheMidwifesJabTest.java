package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.90 read (`src/challenge/reads/2.5.90`), each written again in our own words: courses had in
 * hospital or "heaps of times" are not current, a fundal height is no height, the combined ear drops keep both their
 * names, and a vaccine the midwife narrates is given.
 */
class PastCoursesFundalHeightAndTheMidwifesJabTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static String line(List<String> note, String start) {
        return note.stream().filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    @Test
    void antibioticsHadInHospitalAndHeapsOfTimesAreNotCurrent() {
        List<String> note = all("[wife] His catheter stopped draining this morning.",
                "[doctor] Any trouble with penicillins?",
                "[patient] Had flucloxacillin in hospital, and the cefalexin heaps of times. Never a problem.",
                "[doctor] What tablets is he on?",
                "[wife] Baclofen ten milligrams three times a day.");
        assertThat(line(note, "Current medications")).contains("baclofen").doesNotContain("flucloxacillin")
                .doesNotContain("ephalexin");
    }

    @Test
    void aFundalHeightInCentimetresIsNoHeight() {
        List<String> note = all("[patient] I'm thirty weeks and my sugar test was high.",
                "[doctor] Blood pressure one twenty over seventy. Fundal height thirty-one centimetres, fine for "
                        + "your dates.");
        assertThat(note).noneMatch(l -> l.contains("Height 31"));
    }

    @Test
    void ciprofloxacinWithDexamethasoneDropsAreOneDrugNotPlainDexamethasone() {
        List<String> note = all("[patient] My right ear is sore and itchy.",
                "[doctor] So this is otitis externa. I'll prescribe ciprofloxacin with dexamethasone drops, four "
                        + "drops into the right ear twice a day for seven days.");
        assertThat(note).anyMatch(l -> l.contains("(ciprofloxacin-dexamethasone) 4 drops"))
                .noneMatch(l -> l.contains("Start dexamethasone"));
    }

    @Test
    void aVaccineTheMidwifeNarratesAsSheGivesItIsGivenInClinic() {
        List<String> note = all("[patient] I'm twenty-eight weeks and my sugar test was high.",
                "[doctor] So this is gestational diabetes. Our midwife Sophie can give the whooping cough vaccine "
                        + "now.",
                "[midwife] This is Boostrix-IPV, for whooping cough, diphtheria, tetanus and polio. Nought point "
                        + "five mils into the muscle of the upper arm. Small scratch... done.");
        assertThat(note).anyMatch(l -> l.contains("Boostrix-IPV") && l.contains("given in clinic"))
                .noneMatch(l -> l.contains("Recommend Boostrix"));
    }
}
