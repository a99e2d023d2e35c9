package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * Social history answered as people answer it: "Gave up twenty years ago" with no "I", an age it started at, "twelve
 * years quit now and maybe two beers", "Never." followed by the wine with dinner, a firearm screen, and a job the
 * patient had — each once, in the note's words.
 */
class SocialAnswersTest {

    private static java.util.List<String> social(VisitModel v) {
        return v.history().stream().filter(h -> h.kind().equals("social")).map(HistoryItem::text).toList();
    }

    @Test
    void aFormerSmokerIsWrittenOnceWithHowMuchSinceWhenAndWhenHeQuit() {
        VisitModel v = Visits.read("[doctor] Do you smoke?",
                "[patient] Gave up twenty years ago. I smoked about twenty a day before that, from when I "
                        + "was sixteen.");
        assertThat(social(v)).containsExactly("Former smoker, about 20 cigarettes a day from age 16, quit 20 "
                + "years ago.");
    }

    @Test
    void yearsQuitAndBeersOnTheWeekendAreTwoHabits() {
        VisitModel v = Visits.read("[patient] twelve years quit now and maybe two beers on the weekend");
        assertThat(social(v)).contains("Former smoker, quit 12 years ago", "Drinks about 2 beers on the weekend");
    }

    @Test
    void neverSmokedAndTheWineWithDinnerSaidAfterTheNo() {
        VisitModel v = Visits.read("[doctor] Do you smoke?",
                "[patient] Never. I'm a retired librarian, my vices are tomatoes and one glass of wine with dinner.");
        assertThat(social(v)).contains("Never smoker", "Drinks one glass of wine with dinner")
                .noneMatch(h -> h.contains("vices"));
    }

    @Test
    void howMuchIsTheLastAmountSaidOfTheDrinkNamed() {
        VisitModel v = Visits.read("[doctor] Do you smoke?",
                "[patient] No, never have. I do like a glass of wine, maybe three or four glasses over a week.");
        assertThat(social(v)).containsExactly("Never smoker", "Drinks about 3 or 4 glasses of wine over a week");
    }

    @Test
    void noGunsInTheHouseIsAFirearmScreenAnswered() {
        VisitModel v = Visits.read("[doctor] Are there any guns in the house?", "[spouse] No, no guns.");
        assertThat(social(v)).containsExactly("No firearms in the home");
    }

    @Test
    void aJobThePatientHadIsHisFormerOccupation() {
        VisitModel v = Visits.read("[doctor] Do you or did you smoke?",
                "[patient] I stopped sixteen years ago. Before that, twenty a day for about thirty years. I was a bus "
                        + "driver, we all smoked in the depot.");
        assertThat(social(v)).contains("Occupation: formerly a bus driver")
                .anyMatch(h -> h.startsWith("Former smoker"));
    }

    @Test
    void aRetiredPostmanAndAJobHadBeforeTheCurrentOne() {
        VisitModel retired = Visits.read("[doctor] What did you do before you retired?",
                "[patient] Postman, thirty-two years. Six hundred houses on my round.");
        assertThat(social(retired)).containsExactly("Occupation: retired, formerly postman, 32 years");
        VisitModel now = Visits.read("[doctor] What do you do for work?",
                "[patient] I clean at the leisure centre now, I washed forty towels yesterday. Before that I was a "
                        + "dinner lady at the primary school for twenty years.");
        assertThat(social(now)).containsExactly("Occupation: cleans at the leisure centre now; formerly a dinner lady");
    }

    @Test
    void neverSmokedOnceWhileDrivingATruckIsANeverSmokerAndAFormerTruckDriver() {
        VisitModel v = Visits.read("[doctor] do you smoke",
                "[patient] never touched them i drove a truck for eleven years before this and never smoked once");
        assertThat(social(v)).contains("Never smoker", "Occupation: formerly a truck driver");
    }

    @Test
    void aSixPackAndAGinAndTonicAreDrinksWhateverWasAsked() {
        VisitModel beer = Visits.read("[doctor] Do you smoke?", "[patient] Half a pack a day.",
                "[doctor] Anything else?", "[patient] A six-pack on the weekend, watching my son's game, "
                        + "they won twelve "
                        + "to two Sunday.");
        assertThat(social(beer)).noneMatch(h -> h.toLowerCase().startsWith("smokes a 6-pack"))
                .noneMatch(h -> h.contains("won"));
        VisitModel gin = Visits.read("[doctor] Do you smoke or drink?", "[patient] Never smoked. A gin and tonic on a "
                + "Friday.");
        assertThat(social(gin)).containsExactly("Never smoker", "Drinks a gin and tonic on a Friday");
    }
}
