package org.scribeonfhir.drafting.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.scribeonfhir.drafting.Drafted;
import org.scribeonfhir.drafting.Drafting;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.eval.Rouge;
import org.scribeonfhir.drafting.model.ClinicalModel;

/** Development loop: draft every ACI-Bench valid (or train) encounter, print ROUGE, dump drafts to a folder. */
public final class ValidRun {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String split = args.length > 1 ? args[1] : AciBench.VALID;
        Path dump = Path.of(args.length > 2 ? args[2] : "target/valid-drafts");
        Files.createDirectories(dump);
        try (ClinicalModel model = ClinicalModel.load(ValidRun.class.getClassLoader(), 2)) {
            Drafting drafting = new Drafting(model);
            List<AciBench.Encounter> encounters = AciBench.read(data, split);
            double r1 = 0;
            double r2 = 0;
            double rl = 0;
            long words = 0;
            for (AciBench.Encounter e : encounters) {
                Drafted d = drafting.draft(e.dialogue(), null);
                String text = DraftNote.render(d.note().texts());
                Rouge.Scores s = Rouge.score(e.note(), text);
                r1 += s.rouge1();
                r2 += s.rouge2();
                rl += s.rougeLsum();
                words += Rouge.tokenize(text).size();
                Files.writeString(dump.resolve(e.id() + ".txt"), text + "\n\n=========== REFERENCE\n" + e.note());
                List<String> parts = drafting.parts(e.dialogue());
                List<org.scribeonfhir.drafting.Turn> turns = org.scribeonfhir.drafting.Transcript.parse(e.dialogue());
                StringBuilder dbg = new StringBuilder();
                for (int i = 0; i < parts.size(); i++) {
                    dbg.append(parts.get(i)).append(" | ").append(turns.get(i).text()).append('\n');
                }
                Files.writeString(dump.resolve(e.id() + ".parts.txt"), dbg.toString());
                System.out.printf("%s %-10s R1 %.2f R2 %.2f RLsum %.2f words %d (%d ms)%n", e.id(), e.dataset(),
                        100 * s.rouge1(), 100 * s.rouge2(), 100 * s.rougeLsum(), Rouge.tokenize(text).size(),
                        d.timingsMs().get("total"));
            }
            int n = encounters.size();
            System.out.printf("MEAN R1 %.2f R2 %.2f RLsum %.2f words %d%n", 100 * r1 / n, 100 * r2 / n, 100 * rl / n,
                    words / n);
        }
    }
}
