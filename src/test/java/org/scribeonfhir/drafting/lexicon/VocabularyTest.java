package org.scribeonfhir.drafting.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the vocabulary recognises in what people say. */
class VocabularyTest {

    private static String canonical(Term.Kind kind, String text) {
        return Vocabulary.get().find(kind, text).stream().map(m -> m.term().canonical()).findFirst().orElse(null);
    }

    @Test
    void britishSpellingsAreTheVocabularysTerms() {
        assertThat(canonical(Term.Kind.CONDITION, "her anaemia from heavy periods")).isEqualTo("anemia");
        assertThat(canonical(Term.Kind.CONDITION, "what you have is generalised anxiety disorder"))
                .isEqualTo("generalized anxiety disorder");
        assertThat(canonical(Term.Kind.MEASURE, "her haemoglobin is 9.1")).isEqualTo("Hemoglobin");
        assertThat(canonical(Term.Kind.SYMPTOM, "three days of diarrhoea")).isEqualTo("diarrhea");
        assertThat(canonical(Term.Kind.CONDITION, "a blood test for coeliac disease")).isEqualTo("celiac disease");
    }

    @Test
    void aPhraseAfterNonIsNotThatPhrase() {
        assertThat(canonical(Term.Kind.SYMPTOM, "a dry, non-productive cough for a week")).isEqualTo("cough");
        assertThat(canonical(Term.Kind.CONDITION, "a non-displaced fracture of the waist of the scaphoid"))
                .isEqualTo("scaphoid fracture");
    }

    @Test
    void wordsThatOnlyLookBritishStayThemselves() {
        assertThat(PhraseIndex.american("bruised")).isEqualTo("bruised");
        assertThat(PhraseIndex.american("raised")).isEqualTo("raised");
        assertThat(PhraseIndex.american("advised")).isEqualTo("advised");
        assertThat(PhraseIndex.american("four")).isEqualTo("four");
        assertThat(PhraseIndex.american("does")).isEqualTo("does");
        assertThat(PhraseIndex.american("hae")).isEqualTo("hae");
        assertThat(Vocabulary.get().find(Term.Kind.CONDITION, "he said he was fine")).isEmpty();
    }

    @Test
    void everydayPhrasesThatAreAlsoBrandNamesAreNoDrug() {
        assertThat(Vocabulary.get().find(Term.Kind.DRUG, "they said something about my way my heart pumps now"))
                .isEmpty();
        assertThat(Vocabulary.get().find(Term.Kind.DRUG, "we need to take action on the sugars")).isEmpty();
        assertThat(canonical(Term.Kind.DRUG, "she had the mirena placed last year")).isEqualTo("levonorgestrel");
    }

    @Test
    void aSideSaidInsideAPhraseStillFindsThePhraseButAnyOtherWordLeavesTheSingleWord() {
        assertThat(canonical(Term.Kind.SYMPTOM, "i developed this sudden pain in my right back"))
                .isEqualTo("low back pain");
        assertThat(canonical(Term.Kind.SYMPTOM, "was the pain worse with eating or exercise?")).isEqualTo("pain");
    }
}
