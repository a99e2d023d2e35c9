package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * A depression review from a recorder that writes no punctuation: "how's your appetite" "gone" is a poor appetite,
 * "do you still enjoy them" "not really" is anhedonia, and the risk questions are read as a psychiatrist records
 * them (passive thoughts, no plan, no past attempts).
 */
class UnpunctuatedPsychiatricReviewTest {

    private static final String[] VISIT = {
        "[doctor] the things you used to enjoy do you still enjoy them",
        "[patient] not really i used to go climbing three times a week i just can't be bothered",
        "[doctor] how's your appetite",
        "[patient] gone i've lost about four kilos",
        "[doctor] and your concentration and energy",
        "[patient] concentration's shot i can't read a page and i'm knackered all the time",
        "[doctor] do you ever have thoughts that life isn't worth living",
        "[patient] sometimes i think everyone would be better off without me but i'd never do anything",
        "[doctor] have you ever made any plans or thought about how you might end your life",
        "[patient] no no plans never",
        "[doctor] have you ever harmed yourself or tried to end your life in the past",
        "[patient] no never"};

    private static List<Symptom> symptoms() {
        return Visits.read(VISIT).symptoms();
    }

    private static boolean present(String name) {
        return symptoms().stream().anyMatch(s -> s.name().equals(name) && s.present());
    }

    private static boolean denied(String name) {
        return symptoms().stream().anyMatch(s -> s.name().equals(name) && !s.present());
    }

    @Test
    void noLongerEnjoyingThingsIsAnhedonia() {
        assertThat(present("anhedonia")).isTrue();
    }

    @Test
    void anUnmarkedQuestionAboutAppetiteAnsweredGoneIsAPoorAppetite() {
        assertThat(present("decreased appetite")).isTrue();
    }

    @Test
    void twoDomainsAskedTogetherAreReadFromTheWordsSaidOfEach() {
        assertThat(present("difficulty concentrating")).isTrue();
        assertThat(present("fatigue")).isTrue();
    }

    @Test
    void betterOffWithoutMeIsPassiveIdeationWithNoPlanAndNoPastAttempt() {
        assertThat(present("passive suicidal ideation")).isTrue();
        assertThat(denied("suicidal plan")).isTrue();
        assertThat(denied("suicide attempt")).isTrue();
        assertThat(denied("self-harm")).isTrue();
    }

    @Test
    void aFindingRunIntoAQuestionStaysAFinding() {
        VisitModel v = Visits.read("[doctor] okay let me check your belly can you lie back for me",
                "[doctor] belly is soft and you're a little tender right here above the pubic bone",
                "[patient] yeah that's the spot",
                "[doctor] no guarding i'm going to tap on your back on each side any pain", "[patient] no",
                "[doctor] no tenderness over the kidneys on either side good so what do you do for fun",
                "[patient] roller derby we won 212 to 187 on saturday");
        assertThat(v.exam()).extracting(f -> f.text())
                .contains("No costovertebral angle tenderness on either side.");
    }

    @Test
    void aCountInTheJobAnswerIsSmallTalk() {
        VisitModel v = Visits.read("[doctor] okay well keep telling people that so what do you do for work",
                "[patient] i drive a school bus for cobble ridge elementary 42 stops on my route and you can't "
                        + "pull over");
        assertThat(v.history()).extracting(HistoryItem::text)
                .anyMatch(t -> t.contains("drives a school bus")).noneMatch(t -> t.contains("42"));
    }

    @Test
    void aPoorNightToldInAnswerIsInsomniaNotARawSentence() {
        String[] visit = {"[doctor] how are you sleeping",
            "[patient] awful i drop off fine it 's i wake up at four in the morning every morning and my head just "
                    + "starts going"};
        assertThat(Visits.read(visit).symptoms()).anyMatch(s -> s.name().equals("insomnia") && s.present());
        assertThat(Visits.lines(Visits.draft(visit))).noneMatch(l -> l.toLowerCase().startsWith("awful"));
    }

    @Test
    void noVoicesIsNoHallucinationAndNothingAboutTheVoiceBox() {
        VisitModel v = Visits.read("[doctor] are you hearing voices or seeing things that are n't there",
                "[patient] no none of that no voices nothing like that");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("hoarseness"));
    }
}
