package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Drafted;
import org.scribeonfhir.drafting.Drafting;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;

/**
 * The challenge set's development loop ({@code mvn -Pbenchmark verify -Dscribe.bench=challenge}): drafts the
 * dev half only, prints every fact not found and every trap violated, and writes each draft with its
 * evidence into {@code target/benchmarks/challenge-dev/}. The test half is read only by the full benchmark.
 */
final class ChallengeLoop {

    private ChallengeLoop() {
    }

    static Map<String, Object> run(Drafting drafting, Path root, String split, Path dump, boolean verbose)
            throws IOException {
        if (dump != null) {
            Files.createDirectories(dump);
        }
        List<ChallengeScorer.FactResult> facts = new ArrayList<>();
        List<ChallengeScorer.TrapResult> traps = new ArrayList<>();
        List<ChallengeSet.Visit> visits = ChallengeSet.read(root, split);
        for (ChallengeSet.Visit v : visits) {
            Drafted d = drafting.draft(v.transcript(), v.chart());
            List<ChallengeScorer.FactResult> f = ChallengeScorer.facts(d.note(), v.facts());
            List<ChallengeScorer.TrapResult> t = ChallengeScorer.traps(d.note(), v.traps());
            facts.addAll(f);
            traps.addAll(t);
            StringBuilder report = new StringBuilder();
            for (ChallengeScorer.FactResult r : f) {
                if (r.verdict() != ChallengeScorer.Verdict.FOUND) {
                    report.append("  ").append(r.verdict()).append(' ').append(r.fact()).append('\n');
                }
            }
            for (ChallengeScorer.TrapResult r : t) {
                if (r.violated()) {
                    report.append("  TRAP ").append(r.type()).append(": ").append(r.line()).append("  (")
                            .append(r.why()).append(")\n");
                }
            }
            long found = f.stream().filter(r -> r.verdict() == ChallengeScorer.Verdict.FOUND).count();
            if (verbose) {
                System.out.printf("%s %-14s facts %d/%d, traps violated %d/%d%n%s", v.id(), v.specialty(), found,
                        f.size(), t.stream().filter(ChallengeScorer.TrapResult::violated).count(), t.size(), report);
            }
            if (dump != null) {
                StringBuilder evidence = new StringBuilder();
                for (Section s : d.note().sections()) {
                    for (Statement st : s.statements()) {
                        evidence.append(st.evidence()).append("  ").append(st.text()).append('\n');
                    }
                }
                Files.writeString(dump.resolve(v.id() + ".txt"), DraftNote.render(d.note().texts())
                        + "\n=== NOTICES\n" + String.join("\n", d.warnings()) + "\n\n=== SCORE\n" + report
                        + "\n=== EVIDENCE\n" + evidence + "\n=== TRANSCRIPT\n" + v.transcript() + "\n");
            }
        }
        Map<String, Object> summary = ChallengeScorer.summary(facts, traps, visits.size());
        if (verbose) {
            System.out.println(split + " " + summary);
        }
        return summary;
    }
}
