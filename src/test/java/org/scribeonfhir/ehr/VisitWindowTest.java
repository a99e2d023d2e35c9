package org.scribeonfhir.ehr;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.InstantType;
import org.junit.jupiter.api.Test;

/** Which dates belong to the chart as it was at the visit. */
class VisitWindowTest {

    static VisitWindow window(String start, String end) {
        Encounter e = new Encounter();
        if (start != null) {
            e.getPeriod().setStartElement(new DateTimeType(start));
        }
        if (end != null) {
            e.getPeriod().setEndElement(new DateTimeType(end));
        }
        return VisitWindow.of(e);
    }

    @Test
    void aFinishedVisitEndsAtItsEnd() {
        VisitWindow w = window("2021-01-24T09:00:00-05:00", "2021-01-24T09:30:00-05:00");
        assertThat(w.searchValue()).isEqualTo("2021-01-24T09:30:00-05:00");
        assertThat(w.admits(new DateTimeType("2021-01-24T09:30:00-05:00"))).isTrue();
        assertThat(w.admits(new DateTimeType("2021-01-24T14:30:01Z"))).as("09:30:01 in New York").isFalse();
        assertThat(w.admits(new DateTimeType("2021-01-10"))).isTrue();
        assertThat(w.admits(new DateTimeType("2021-01-24"))).as("the day itself, time unknown").isTrue();
        assertThat(w.admits(new DateTimeType("2021-02-07"))).isFalse();
        assertThat(w.admits(new InstantType("2021-02-07T10:00:00.000+00:00"))).isFalse();
    }

    @Test
    void anOpenVisitEndsWithTheDayItStartedInItsOwnZone() {
        VisitWindow w = window("2021-01-24T09:00:00-05:00", null);
        assertThat(w.searchValue()).isEqualTo("2021-01-24T23:59:59-05:00");
        assertThat(w.admits(new DateTimeType("2021-01-24T22:00:00-05:00"))).isTrue();
        assertThat(w.admits(new DateTimeType("2021-01-25T03:00:00Z"))).as("22:00 in New York").isTrue();
        assertThat(w.admits(new DateTimeType("2021-01-25T08:00:00-05:00"))).isFalse();
        assertThat(w.admits(new DateTimeType("2021-01-25"))).isFalse();
    }

    @Test
    void aVisitKnownOnlyByItsDayLosesNothingOfThatDay() {
        VisitWindow w = window("2021-01-24", null);
        assertThat(w.searchValue()).isEqualTo("2021-01-24T23:59:59-12:00");
        assertThat(w.admits(new DateTimeType("2021-01-24T23:30:00+14:00"))).isTrue();
        assertThat(w.admits(new DateTimeType("2021-01-26T00:00:00Z"))).isFalse();
    }

    @Test
    void undatedEncountersAndFactsAreNotBounded() {
        assertThat(window(null, null).bounded()).isFalse();
        assertThat(window(null, null).admits(new DateTimeType("2099-01-01"))).isTrue();
        assertThat(window("2021-01-24T09:00:00-05:00", null).admits(null)).isTrue();
    }
}
