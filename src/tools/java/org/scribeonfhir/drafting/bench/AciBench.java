package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ACI-Bench encounters of one split (challenge_data CSVs). */
public final class AciBench {

    public static final String TRAIN = "train";
    public static final String VALID = "valid";
    public static final String TEST1 = "clinicalnlp_taskB_test1";

    public record Encounter(String dataset, String id, String dialogue, String note) {
    }

    private AciBench() {
    }

    public static List<Encounter> read(Path data, String split) throws IOException {
        List<Encounter> out = new ArrayList<>();
        for (Map<String, String> r : Csv.read(data.resolve("aci-bench/challenge_data/" + split + ".csv"))) {
            out.add(new Encounter(r.get("dataset"), r.get("encounter_id"), r.get("dialogue"), r.get("note")));
        }
        return out;
    }
}
