package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Times of life and causes a GP explains, which are neither symptoms, journeys nor problems (written by us after a
 * physician's read of drafts): "sick for like two weeks" after a flu, "when I was in high school", "you can get a
 * rash like that from a tick bite".
 */
class GpTimesAndCausesTest {

    @Test
    void illForAboutTwoWeeksIsNoVomiting() {
        List<String> ros = Visits.lines(Visits.draft("[doctor] What's happened?",
                "[patient] My right hand has gone numb over the last fortnight.",
                "[doctor] Have you been unwell recently? Seen your GP?",
                "[patient] After my cousin's party I was sick for probably good like two weeks. I think it was flu."),
                "REVIEW OF SYSTEMS");
        assertThat(ros).noneMatch(l -> l.contains("vomiting"));
    }

    @Test
    void aTimeOfLifeIsNoJourney() {
        List<String> note = Visits.lines(Visits.draft("[doctor] What's the problem?",
                "[patient] I'm wheezy and short of breath.",
                "[doctor] Have you ever been in hospital overnight with your asthma?",
                "[patient] Yeah, when I was in high school, I had to have a tube put down my throat.",
                "[doctor] OK. Any travel recently?", "[patient] No."));
        assertThat(note).noneMatch(l -> l.startsWith("Recent travel"));
    }

    @Test
    void howOneCatchesAConditionIsNoProblemOfThePatients() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What's been happening?",
                "[patient] I've been aching all over and tired for six weeks, and I had a round red rash on my calf.",
                "[doctor] I'd like to do some blood tests.", "[patient] Um, what infection are you thinking of?",
                "[doctor] Well, you can get, um, you can get an infection, it's called Lyme disease, that you can get "
                        + "a rash like that from a tick bite.",
                "[doctor] So that's one we would test for. If it's positive, there are antibiotics we would give you.",
                "[patient] OK."), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("tick bite"));
    }
}
