package org.scribeonfhir.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Evidence;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;

class StatementMarksTest {

    static final Section PLAN = new Section(NoteHeaders.ASSESSMENT_AND_PLAN, List.of(
            new Statement("Hypertension.", 0.9, List.of(Evidence.transcript(List.of(4)))),
            new Statement("Start lisinopril 10 mg daily.", 0.8, List.of(Evidence.transcript(List.of(5))))));

    @Test
    void keptStatementsSurviveWhitespaceAndCaseChangesEditedOnesAreMarkedNewLinesAreAdded() {
        StatementMarks.Result r = StatementMarks.of(PLAN, "  hypertension. \nStart lisinopril 20 mg daily.\nRecheck in 2 weeks.");
        assertThat(r.drafted()).extracting(m -> m.mark())
                .containsExactly(StatementMarks.Mark.KEPT, StatementMarks.Mark.EDITED);
        assertThat(r.added()).containsExactly("Start lisinopril 20 mg daily.", "Recheck in 2 weeks.");
        assertThat(r.deleted()).isEqualTo(1);
    }

    @Test
    void overrideMetricsCountCharactersAndStatementsPerSection() {
        DraftNote model = new DraftNote(List.of(PLAN), "test");
        List<SectionMetrics> m = OverrideMetrics.of(model,
                Map.of(NoteHeaders.ASSESSMENT_AND_PLAN, "Hypertension.\nStart lisinopril 10 mg daily."),
                Instant.parse("2026-11-27T10:00:00Z"), "Practitioner/1", Instant.parse("2026-11-27T10:05:30Z"));
        SectionMetrics plan = m.stream().filter(s -> s.section().equals(NoteHeaders.ASSESSMENT_AND_PLAN)).findFirst()
                .orElseThrow();
        assertThat(plan.editDistance()).isZero();
        assertThat(plan.statementsDrafted()).isEqualTo(2);
        assertThat(plan.statementsDeleted()).isZero();
        assertThat(plan.launchToSignMillis()).isEqualTo(330_000);
        assertThat(m).hasSize(6);
    }

    @Test
    void levenshteinDistanceMatchesHandComputedCases() {
        assertThat(OverrideMetrics.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(OverrideMetrics.distance("", "abc")).isEqualTo(3);
        assertThat(OverrideMetrics.distance("flaw", "lawn")).isEqualTo(2);
        assertThat(OverrideMetrics.distance("same", "same")).isZero();
    }
}
