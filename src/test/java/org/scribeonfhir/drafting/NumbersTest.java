package org.scribeonfhir.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spoken numbers become digits only where a unit, a span or another number follows them. */
class NumbersTest {

    @Test
    void numbersBeforeUnitsAndRangesBecomeDigits() {
        assertThat(Numbers.digits("oxycodone five milligrams every six to eight hours"))
                .isEqualTo("oxycodone 5 milligrams every 6 to 8 hours");
        assertThat(Numbers.digits("see you in one to two weeks")).isEqualTo("see you in 1 to 2 weeks");
        assertThat(Numbers.digits("ferrous sulfate three hundred twenty five mg")).isEqualTo("ferrous sulfate 325 mg");
        assertThat(Numbers.digits("a three out of six murmur")).isEqualTo("a 3 out of 6 murmur");
        assertThat(Numbers.digits("twenty three hundred milligrams of sodium")).isEqualTo("2300 milligrams of sodium");
    }

    @Test
    void otherUsesOfNumberWordsStay() {
        assertThat(Numbers.digits("no one told me")).isEqualTo("no one told me");
        assertThat(Numbers.digits("the one on the left")).isEqualTo("the one on the left");
        assertThat(Numbers.digits("one of the kidney doctors")).isEqualTo("one of the kidney doctors");
    }

    @Test
    void valuesOfSpokenNumbers() {
        assertThat(Numbers.value("forty five")).isEqualTo(45);
        assertThat(Numbers.value("one hundred and twenty")).isEqualTo(120);
        assertThat(Numbers.value("five six")).isNull();
    }
}
