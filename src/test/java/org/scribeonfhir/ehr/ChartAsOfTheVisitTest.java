package org.scribeonfhir.ehr;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.launch.Sessions;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.LaunchFlow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The chart as the encounter reader returns it: as of the visit, in the same order on every read. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class ChartAsOfTheVisitTest {

    @Inject
    EncounterReader reader;

    @Inject
    Sessions sessions;

    @Inject
    ObjectMapper json;

    String encounter;
    LaunchFlow flow;

    @BeforeEach
    void freshEhr() {
        encounter = ChartFixtures.freshLaunchableEncounter();
        flow = new LaunchFlow();
    }

    private EncounterContext read() {
        if (flow.sessionCookie == null) {
            assertThat(flow.launch(FakeEhr.iss(), "l-1").statusCode()).isEqualTo(302);
            assertThat(flow.callback("c-1").statusCode()).isEqualTo(303);
        }
        return reader.read(sessions.require(flow.sessionCookie));
    }

    private void visitFrom(String start, String end) {
        String period = end == null ? "{\"start\": \"" + start + "\"}"
                : "{\"start\": \"" + start + "\", \"end\": \"" + end + "\"}";
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Encounter/" + encounter)).willReturn(FakeEhr.fhir(200,
                ChartFixtures.encounter(encounter, ChartFixtures.PATIENT)
                        .replace("{\"start\": \"2026-11-20T09:00:00-05:00\"}", period))));
    }

    /** The EHR answers {@code category} searches with these, whatever else was asked (it ignores {@code date}). */
    private static void serve(String category, String... observations) {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Observation")).withQueryParam("category", equalTo(category))
                .willReturn(FakeEhr.fhir(200, ChartFixtures.bundle(observations))));
    }

    static String obs(String id, String category, String loinc, String name, String value, String unit, String when) {
        return """
                {"resourceType": "Observation", "id": "%s", "status": "final",
                 "category": [{"coding": [{"code": "%s"}]}],
                 "code": {"coding": [{"system": "http://loinc.org", "code": "%s", "display": "%s"}], "text": "%s"},
                 "subject": {"reference": "Patient/%s"}, "effectiveDateTime": "%s",
                 "valueQuantity": {"value": %s, "unit": "%s", "system": "http://unitsofmeasure.org", "code": "%s"}}
                """.formatted(id, category, loinc, name, name, ChartFixtures.PATIENT, when, value, unit, unit);
    }

    static String lab(String id, String loinc, String name, String when) {
        return obs(id, "laboratory", loinc, name, "1.5", "mg/dL", when);
    }

    private static List<String> refs(List<ChartFact> facts) {
        return facts.stream().map(ChartFact::reference).toList();
    }

    @Test
    void labsAfterTheVisitAreLeftOut() {
        visitFrom("2021-01-24T09:00:00-05:00", "2021-01-24T09:40:00-05:00");
        serve("laboratory", lab("lab-later", "4548-4", "Hemoglobin A1c", "2021-02-07T10:00:00-05:00"),
                lab("lab-same-day-later", "2339-0", "Glucose", "2021-01-24T15:00:00-05:00"),
                lab("lab-during", "2339-0", "Glucose", "2021-01-24T09:20:00-05:00"),
                lab("lab-before", "38483-4", "Creatinine", "2021-01-10"));
        serve("vital-signs", obs("hr-later", "vital-signs", "8867-4", "Heart rate", "99", "/min", "2021-02-07T10:00:00-05:00"),
                obs("hr-visit", "vital-signs", "8867-4", "Heart rate", "71", "/min", "2021-01-24T09:10:00-05:00"));

        EncounterContext chart = read();

        assertThat(refs(chart.labs())).containsExactly("Observation/lab-during", "Observation/lab-before");
        assertThat(refs(chart.vitals())).containsExactly("Observation/hr-visit");
        assertThat(chart.encounter().end()).isEqualTo("2021-01-24");
        assertThat(chart.warnings()).noneMatch(w -> w.startsWith("Could not read"));
        FakeEhr.server().verify(getRequestedFor(urlPathEqualTo("/fhir/Observation"))
                .withQueryParam("category", equalTo("laboratory"))
                .withQueryParam("date", equalTo("le2021-01-24T09:40:00-05:00")));
    }

    @Test
    void anOpenVisitKeepsTheResultsOfItsDayAndNoLater() {
        visitFrom("2021-01-24T09:00:00-05:00", null);
        serve("laboratory", lab("lab-next-day", "4548-4", "Hemoglobin A1c", "2021-01-25T08:00:00-05:00"),
                lab("lab-afternoon", "2339-0", "Glucose", "2021-01-24T15:00:00-05:00"),
                lab("lab-before", "38483-4", "Creatinine", "2021-01-10"));

        EncounterContext chart = read();

        assertThat(refs(chart.labs())).containsExactly("Observation/lab-afternoon", "Observation/lab-before");
        assertThat(chart.encounter().end()).isNull();
        FakeEhr.server().verify(getRequestedFor(urlPathEqualTo("/fhir/Observation"))
                .withQueryParam("category", equalTo("laboratory"))
                .withQueryParam("date", equalTo("le2021-01-24T23:59:59-05:00")));
    }

    @Test
    void notesWrittenAfterTheVisitAreLeftOut() {
        visitFrom("2021-01-24T09:00:00-05:00", "2021-01-24T09:40:00-05:00");
        String note = """
                {"resourceType": "DocumentReference", "id": "%s", "status": "current",
                 "type": {"text": "Progress note"}, "subject": {"reference": "Patient/%s"}, "date": "%s",
                 "content": [{"attachment": {"contentType": "text/plain"}}]}""";
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/DocumentReference"))
                .withQueryParam("category", matching(".*clinical-note")).willReturn(FakeEhr.fhir(200, ChartFixtures.bundle(
                        note.formatted("note-later", ChartFixtures.PATIENT, "2021-03-01T10:00:00-05:00"),
                        note.formatted("note-before", ChartFixtures.PATIENT, "2020-12-01T10:00:00-05:00")))));

        assertThat(refs(read().priorNotes())).containsExactly("DocumentReference/note-before");
    }

    @Test
    void priorNotesAreSearchedWithUsCoresCategorySystem() {
        read();
        FakeEhr.server().verify(getRequestedFor(urlPathEqualTo("/fhir/DocumentReference")).withQueryParam("category",
                equalTo("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category|clinical-note")));
    }

    @Test
    void tiedTimestampsGiveTheSameLabsOnEveryRead() {
        visitFrom("2021-01-24T09:00:00-05:00", "2021-01-24T09:40:00-05:00");
        // 20 results of the newest panel, then 40 of an older one; a page of 50 cuts the older panel in two,
        // and this EHR returns a different part of it (and a different order) on the second read.
        List<String> newest = panel("new", 20, "2021-01-24T09:20:00-05:00");
        List<String> older = panel("old", 40, "2021-01-10T08:00:00-05:00");
        List<String> first = new ArrayList<>(newest);
        first.addAll(older.subList(0, 30));
        List<String> second = new ArrayList<>(newest);
        Collections.reverse(second);
        List<String> olderReversed = new ArrayList<>(older);
        Collections.reverse(olderReversed);
        second.addAll(olderReversed.subList(0, 30));
        serveInTurn(first, second);

        List<ChartFact> once = read().labs();
        List<ChartFact> twice = read().labs();

        assertThat(twice).isEqualTo(once);
        assertThat(refs(once)).as("only the panel the page holds whole, by name")
                .isEqualTo(IntStream.rangeClosed(1, 20).mapToObj(i -> "Observation/new-%02d".formatted(i)).toList());
    }

    @Test
    void aPageThatIsAllOnePanelIsCutTheSameWayOnEveryRead() {
        visitFrom("2021-01-24T09:00:00-05:00", "2021-01-24T09:40:00-05:00");
        List<String> all = panel("p", 70, "2021-01-24T09:20:00-05:00");
        List<String> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        serveInTurn(all.subList(0, 50), reversed.subList(0, 50));
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Observation")).withQueryParam("category", equalTo("laboratory"))
                .withQueryParam("date", equalTo("2021-01-24T09:20:00-05:00")) // eq, the default prefix
                .willReturn(FakeEhr.fhir(200, ChartFixtures.bundle(reversed.toArray(String[]::new)))));

        List<ChartFact> once = read().labs();
        List<ChartFact> twice = read().labs();

        assertThat(twice).isEqualTo(once);
        assertThat(refs(once)).isEqualTo(IntStream.rangeClosed(1, 50).mapToObj(i -> "Observation/p-%02d".formatted(i)).toList());
    }

    @Test
    void syntheaVitalsReachTheDraftAtClinicalPrecision() {
        serve("vital-signs", ChartFixtures.bloodPressure(),
                obs("height", "vital-signs", "8302-2", "Body Height", "175.45331818610407", "cm", "2026-11-20T09:06:04-05:00"),
                obs("pain", "vital-signs", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
                        "1.339144925925999", "{score}", "2026-11-20T09:06:04-05:00"));

        EncounterContext chart = read();
        assertThat(chart.vitals()).extracting(f -> f.label() + ": " + f.value()).containsExactlyInAnyOrder(
                "Blood pressure: 128/82 mmHg", "Body height: 175.5 cm", "Pain severity (0-10): 1");

        String draft = flow.launchToDraft(FakeEhr.iss());
        given().cookie("scribe_session", flow.sessionCookie).get(draft).then().statusCode(200)
                .body(containsString("Body height: 175.5 cm"))
                .body(containsString("Pain severity (0-10): 1"))
                .body(not(containsString("175.4533")))
                .body(not(containsString("{score}")));
    }

    @Test
    void draftsStoredBeforeTheEndWasKeptStillRead() throws Exception {
        EncounterFacts facts = new EncounterFacts("e1", "finished", null, null, "2021-01-24", "2021-01-24",
                List.of("Practitioner/p1"));
        assertThat(json.readValue(json.writeValueAsString(facts), EncounterFacts.class)).isEqualTo(facts);
        assertThat(json.readValue("""
                {"id": "e1", "status": "finished", "start": "2021-01-24", "attenders": []}""", EncounterFacts.class))
                .isEqualTo(new EncounterFacts("e1", "finished", null, null, "2021-01-24", List.of()));
    }

    /** {@code n} results of one panel observed at one instant, named so that their order by name is their id's. */
    private static List<String> panel(String prefix, int n, String when) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> lab("%s-%02d".formatted(prefix, i), "9%04d-0".formatted(i),
                "Analyte %02d".formatted(i), when)).toList();
    }

    /** The lab search answers {@code first} on the first read and {@code second} on every later one. */
    private static void serveInTurn(List<String> first, List<String> second) {
        var server = FakeEhr.server();
        server.stubFor(get(urlPathEqualTo("/fhir/Observation")).withQueryParam("category", equalTo("laboratory"))
                .inScenario("labs").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("read once")
                .willReturn(FakeEhr.fhir(200, ChartFixtures.bundle(first.toArray(String[]::new)))));
        server.stubFor(get(urlPathEqualTo("/fhir/Observation")).withQueryParam("category", equalTo("laboratory"))
                .inScenario("labs").whenScenarioStateIs("read once")
                .willReturn(FakeEhr.fhir(200, ChartFixtures.bundle(second.toArray(String[]::new)))));
    }
}
