package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Treatments offered as options, drugs started only if a result says so, a recap that lists a stopped drug beside a
 * new one, and answers that belong to another question or another time.
 */
class OptionsConditionsAndRecapsTest {

    @Test
    void aCoilOfferedAsAnOptionIsNotTheDiagnosis() {
        String plan = String.join("\n", Visits.lines(Visits.draft("[doctor] What brings you in today?",
                "[patient] My periods have been really heavy since the spring.",
                "[doctor] So I think this is heavy menstrual bleeding. I'd like a full blood count this week.",
                "[doctor] The other option longer term is the hormone coil, the Mirena. I'll send you a leaflet."),
                "ASSESSMENT AND PLAN"));
        assertThat(plan).contains("heavy menstrual bleeding").doesNotContain("Contraception");
    }

    @Test
    void mefenamicAcidForTheCrampsIsStarted() {
        String plan = String.join("\n", Visits.lines(Visits.draft("[doctor] What brings you in today?",
                "[patient] Heavy periods and awful cramps.",
                "[doctor] So I think this is heavy menstrual bleeding. I'd like a full blood count this week.",
                "[doctor] For the cramps, mefenamic acid five hundred milligrams three times a day with food."),
                "ASSESSMENT AND PLAN"));
        assertThat(plan).contains("Start mefenamic acid 500 mg three times daily");
    }

    @Test
    void ironStartedOnlyIfTheIronIsLowIsNoOrderYet() {
        String plan = String.join("\n", Visits.lines(Visits.draft("[doctor] what brings you in",
                "[patient] burning in my stomach for six weeks",
                "[doctor] i'll check your iron levels and folate today and if the iron is low we'll start ferrous "
                        + "sulphate two hundred milligrams once a day"), "ASSESSMENT AND PLAN"));
        assertThat(plan).doesNotContain("Start Ferrous").contains("If the iron is low");
    }

    @Test
    void howOftenSheWeesIsNotHowOftenSheEats() {
        String hpi = String.join("\n", Visits.lines(Visits.draft("[doctor] What's been going on with her?",
                "[parent] A fever for two days and a sore throat.", "[doctor] How's she eating?",
                "[parent] She's barely eating.", "[doctor] How many times has she peed today?",
                "[parent] Three times since she woke up."), "HISTORY OF PRESENT ILLNESS"));
        assertThat(hpi).doesNotContain("3 times");
    }

    @Test
    void whatSheUsuallyHasIsNotWhatSheHasToday() {
        String ros = String.join("\n", Visits.lines(Visits.draft("[doctor] What's been going on with her?",
                "[parent] A fever for two days.", "[doctor] Any cough or runny nose?",
                "[parent] No cough, no runny nose, that's what's weird, usually she's a snot machine."),
                "REVIEW OF SYSTEMS"));
        assertThat(ros).contains("Denies").contains("rhinorrhea").doesNotContain("Endorses rhinorrhea");
    }

    @Test
    void aRecapThatStopsOneDrugDoesNotStopTheNewOne() {
        String plan = String.join("\n", Visits.lines(Visits.draft("[doctor] How have you been since we spoke?",
                "[patient] Still low, and the sertraline made me sick so I stopped it.",
                "[doctor] I'd like to try mirtazapine, fifteen milligrams, one at night.",
                "[doctor] So just to recap: stay off the sertraline, mirtazapine fifteen at night, and I'll ring you "
                        + "in two weeks."), "ASSESSMENT AND PLAN"));
        assertThat(plan).contains("Start mirtazapine 15 mg").doesNotContain("Stop mirtazapine")
                .doesNotContain("sertraline or mirtazapine");
    }

    private static final String[] NOSE = {"[doctor] so your primary care sent you over about your nose tell me what's "
            + "going on", "[patient] my nose has been blocked for about four months and i can't smell anything",
        "[doctor] okay let me examine you", "[patient] sure",
        "[doctor] the turbinates are swollen on both sides and there's thick yellow mucus on the right",
        "[doctor] so good news nothing on the scope suggests a tumor what i see is chronic sinusitis without polyps",
        "[doctor] i'd like you to use a mometasone spray two sprays in each nostril once a day"};

    @Test
    void aReferralAboutTheNoseGivesWayToTheBlockedNoseTold() {
        assertThat(Visits.lines(Visits.draft(NOSE), "CHIEF COMPLAINT")).containsExactly(
                "Nasal congestion for 4 months and loss of smell.");
    }

    @Test
    void whatTheClinicianSeesAfterTheScopeIsTheImpression() {
        assertThat(Visits.lines(Visits.draft(NOSE), "ASSESSMENT AND PLAN")).contains("1. Sinusitis.");
    }
}
