package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A GP's impression said the British way on the telephone, with the patient's question before the plan. */
class BritishImpressionTest {

    private static final String[] VISIT = {
        "[doctor] Hello, it's Dr Example returning your call. What's been going on?",
        "[patient] I've had diarrhoea since Sunday and I was sick three times on Monday.",
        "[doctor] Any blood in the diarrhoea?", "[patient] No.",
        "[doctor] So, putting it all together, I think what's going on is probably a gastroenteritis, food poisoning, "
                + "most likely from that chicken. You sound a little dehydrated as well.",
        "[patient] Makes sense. Can I take Imodium? I've got some in the drawer.",
        "[doctor] I'd rather you didn't. The reason I'd like a stool sample is that you work with food.",
        "[doctor] I'm going to pop a prescription through for some rehydration sachets, Dioralyte, one after each "
                + "loose stool."};

    @Test
    void whatsGoingOnIsProbablyNamesTheProblemEvenAfterThePatientsQuestion() {
        var v = Visits.read(VISIT);
        assertThat(v.problems()).anyMatch(p -> p.name().equalsIgnoreCase("Gastroenteritis"));
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN")).anyMatch(l -> l.matches("(?i).*stool culture.*"));
    }

    @Test
    void soundsQuiteLikeAMigraineIsTheImpression() {
        var v = Visits.read("[doctor] what's been happening", "[patient] i get zigzag lines and then a bad headache",
                "[doctor] any weakness or numbness", "[patient] no",
                "[doctor] so from everything you've described it sounds quite like a migraine the kind we call migraine "
                        + "with aura", "[doctor] i'm going to prescribe sumatriptan fifty milligrams for the attacks");
        assertThat(v.problems()).anyMatch(p -> p.name().toLowerCase().startsWith("migraine"));
    }

    @Test
    void aFullBloodCountIsACbc() {
        var plan = Visits.lines(Visits.draft("[doctor] What brings you in?", "[patient] I'm tired all the time.",
                "[doctor] I think this is probably anaemia. I'd like a full blood count and a ferritin."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.matches("(?i).*\\bCBC\\b.*"));
    }
}
