package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Replies that name no symptom on their own: "Some nausea, no vomiting." (one yes, one no), "How's the stream?" "Weak,
 * really weak." (the stream, not the patient), "How often are you going?" "Constantly… I was up four times last
 * night." and "the colour or the smell?" "It's cloudy and it smells quite strong."; a clinician's own "… No." after a
 * question asked while examining is no finding; "I haven't checked" and "I don't know" deny nothing.
 */
class RepliesInLayWordsTest {

    @Test
    void someOfOneAndNoneOfTheOtherIsOneYesAndOneNo() {
        var v = Visits.read("[doctor] What brings you in?",
                "[patient] Pain in my lower belly on the left for three days.",
                "[doctor] Nausea or vomiting?", "[patient] Some nausea, no vomiting.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("nausea") && s.present())
                .anyMatch(s -> s.name().equals("vomiting") && !s.present());
    }

    @Test
    void aWeakStreamIsNoGeneralWeakness() {
        var v = Visits.read("[doctor] so i understand it's the waterworks that are bothering you",
                "[patient] yeah it's the peeing it's been getting worse for about eight months now",
                "[doctor] and when you go how's the stream",
                "[patient] weak really weak it takes a while to get started",
                "[doctor] do you feel like you've emptied completely", "[patient] no never");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("weak urinary stream") && s.present())
                .anyMatch(s -> s.name().equals("incomplete bladder emptying") && s.present())
                .noneMatch(s -> s.name().equals("generalized weakness"));
    }

    @Test
    void howOftenAndWhatTheUrineIsLikeAreToldInTheTopicsWords() {
        var v = Visits.read("[patient] It's burning when I wee. It started on Saturday.",
                "[doctor] Okay. And how often are you going?",
                "[patient] Constantly. Every half an hour or so. I was up four times last night.",
                "[doctor] Have you noticed anything about the urine itself, the colour or the smell?",
                "[patient] It's cloudy and it smells quite strong.",
                "[doctor] Any blood in it?", "[patient] No, no blood.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("urinary frequency") && s.present())
                .anyMatch(s -> s.name().equals("nocturia") && s.present())
                .anyMatch(s -> s.name().equals("cloudy urine") && s.present())
                .anyMatch(s -> s.name().equals("foul-smelling urine") && s.present());
    }

    @Test
    void theClinicianAnsweringTheirOwnExamQuestionFindsNoPain() {
        var note = Visits.draft("[patient] The pain is low on the left.",
                "[doctor] Let me examine you. Your belly's soft.",
                "[doctor] Okay. Any pain when I tap on your back here? ... No. Heart is regular, lungs are clear.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.contains("Pain when"));
    }

    @Test
    void notKnowingOrNotHavingCheckedIsNoDenial() {
        var v = Visits.read("[doctor] What brings you in?", "[patient] My lip is swelling up.",
                "[doctor] Have you had a fever?", "[patient] I haven't checked, I feel a bit hot.",
                "[doctor] Any blood in your urine?", "[patient] I don't know, I didn't look.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("fever") && !s.present())
                .noneMatch(s -> s.name().equals("hematuria") && !s.present());
    }

    @Test
    void whatAReplyAboutTheUrineDeniesIsNotTold() {
        var v = Visits.read("[patient] It stings when I wee.",
                "[doctor] Have you noticed anything about the urine, the colour or the smell?",
                "[patient] No blood in it. It doesn't smell bad either, it's just a bit cloudy.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("hematuria") && s.present())
                .noneMatch(s -> s.name().equals("foul-smelling urine") && s.present())
                .anyMatch(s -> s.name().equals("cloudy urine") && s.present());
    }
}
