package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Open defects of the 2.5.73 read (`src/challenge/reads/2.5.73`), each written again in our own words: a dose raised
 * in a recap ("amlodipine up to ten") read as a stop, a sick-day pause after "Yes — if…" written as a hold, "unchanged"
 * not heard, a restart for later written as today's, a dose the clinic gave written as a prescription, a stop with its
 * restart written as a stop, a hold without its days, new drugs "continued", and "get rid of" read as "get".
 */
class HoldsRaisesAndDeferredRestartsTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void aDoseRaisedInTheRecapIsAnIncreaseNotAStop() {
        assertThat(all("[patient] My blood pressure readings at home are all over one fifty.",
                "[patient] I take nifedipine ten and lisinopril five.",
                "[doctor] I think this is hypertension that needs more treatment. Lisinopril up to ten, and stop "
                        + "the nifedipine, it gives you the flushing.",
                "[doctor] So to recap: stop the nifedipine, lisinopril up to ten."))
                .anyMatch(l -> l.contains("Increase lisinopril from 5 mg"))
                .anyMatch(l -> l.contains("Stop nifedipine"))
                .noneMatch(l -> l.contains("Stop lisinopril"));
    }

    @Test
    void aPauseOnlyIfSickIsNoHoldAndUnchangedKeepsTheDrug() {
        List<String> note = all("[patient] I take losartan fifty in the mornings.",
                "[doctor] I think this is hypertension, well controlled. Keep the losartan fifty.",
                "[doctor] And colchicine half a milligram twice a day for the gout.",
                "[patient] Anything to watch for?",
                "[doctor] Yes — if you get diarrhoea, stop the colchicine and pause the losartan until it settles, "
                        + "and give us a ring.",
                "[doctor] So, losartan and the aspirin unchanged.");
        assertThat(note).anyMatch(l -> l.contains("Continue losartan 50 mg"))
                .noneMatch(l -> l.contains("Hold losartan"));
    }

    @Test
    void aRestartOnceTheFlareSettlesIsNotStartedToday() {
        assertThat(all("[patient] My knee has flared up again, it's hot and swollen.",
                "[patient] I used to take allopurinol but I stopped it last year.",
                "[doctor] This is a gout flare. About the allopurinol — once this flare has settled I'd like to "
                        + "restart it at a low dose. We'll talk about that at your review."))
                .noneMatch(l -> l.contains("Restart allopurinol"))
                .noneMatch(l -> l.contains("Continue allopurinol"));
    }

    @Test
    void aDoseTheClinicGaveIsNotAlsoStarted() {
        assertThat(all("[mother] He's been sick six times since last night.",
                "[doctor] This is a tummy bug. He can have an ondansetron wafer here, four milligrams, to settle it.",
                "[doctor] So, to sum up: we gave ondansetron four milligrams once here, and he's kept his drink "
                        + "down."))
                .anyMatch(l -> l.contains("given in clinic"))
                .noneMatch(l -> l.contains("Start ondansetron"));
    }

    @Test
    void aStopWithItsRestartIsAHoldForTheCourse() {
        assertThat(all("[patient] I take simvastatin forty at night.",
                "[doctor] This is a chest infection. I'll give you clarithromycin five hundred twice a day for seven "
                        + "days. Stop the simvastatin while you're on the antibiotic, and restart it the day after you "
                        + "finish."))
                .anyMatch(l -> l.contains("Hold simvastatin while on the antibiotic"))
                .noneMatch(l -> l.contains("Stop simvastatin"));
    }

    @Test
    void aStayOffWithNoRestartIsStillAStop() {
        assertThat(all("[patient] I take metformin and glipizide but I quit the glipizide, it made me shaky.",
                "[doctor] Keep the metformin and stay off the glipizide, we won't restart it."))
                .noneMatch(l -> l.contains("Hold glipizide"));
    }

    @Test
    void aHoldSaysWhichDays() {
        assertThat(all("[patient] My nose has been bleeding for an hour. I'm on warfarin.",
                "[doctor] I think this is a nosebleed from a high INR, it's four point five. Hold warfarin "
                        + "Wednesday and Thursday, INR on Friday morning."))
                .anyMatch(l -> l.contains("Hold warfarin on Wednesday and Thursday"));
    }

    @Test
    void drugsFirstNamedInThePlanStayStartedWhenTheirLimitIsTold() {
        List<String> note = all("[patient] The headaches come twice a week now.",
                "[doctor] This is migraine. For the attacks, sumatriptan fifty milligrams when the pain starts.",
                "[doctor] You can take it with naproxen, five hundred milligrams, with food. But keep the sumatriptan "
                        + "and naproxen to two or three days a week.");
        assertThat(note).anyMatch(l -> l.contains("Start sumatriptan 50 mg"))
                .anyMatch(l -> l.contains("Start naproxen 500 mg"))
                .noneMatch(l -> l.contains("Continue sumatriptan"));
    }

    @Test
    void getRidOfADrugIsAStop() {
        assertThat(all("[patient] I still have the oxycodone from the hospital, I took two.",
                "[doctor] I think this is normal healing after your caesarean. You don't need it any more. Get rid of "
                        + "the oxycodone at the pharmacy."))
                .anyMatch(l -> l.contains("Stop oxycodone"))
                .noneMatch(l -> l.contains("Start oxycodone"));
    }
}
