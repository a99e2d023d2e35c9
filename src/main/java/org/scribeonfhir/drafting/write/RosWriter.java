package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;

/** REVIEW OF SYSTEMS: pertinent positives and negatives, one line per body system. */
final class RosWriter {

    static final List<String> ORDER = List.of("Constitutional", "Eyes", "Ears/Nose/Mouth/Throat", "Cardiovascular",
            "Respiratory", "Gastrointestinal", "Genitourinary", "Musculoskeletal", "Skin", "Neurological",
            "Psychiatric", "Endocrine", "Hematologic/Lymphatic", "Allergic/Immunologic");

    private RosWriter() {
    }

    static List<Statement> write(List<Symptom> symptoms) {
        Map<String, List<Symptom>> bySystem = new LinkedHashMap<>();
        for (String s : ORDER) {
            bySystem.put(s, new ArrayList<>());
        }
        for (Symptom s : symptoms) {
            if (s.presence() == Presence.UNCERTAIN || s.presence() == Presence.RESOLVED || s.system() == null
                    || s.system().isBlank()) {
                continue;
            }
            bySystem.computeIfAbsent(s.system(), k -> new ArrayList<>()).add(s);
        }
        List<Statement> out = new ArrayList<>();
        bySystem.forEach((system, list) -> {
            if (list.isEmpty()) {
                return;
            }
            // "Endorses vomiting once": an episode counted is told with its count
            List<String> yes = list.stream().filter(Symptom::present).map(s -> HpiWriter.counted(s)
                    ? HpiWriter.name(s) + " " + s.timing() : HpiWriter.name(s)).distinct().toList();
            List<String> no = list.stream().filter(s -> s.presence() == Presence.DENIED).map(HpiWriter::name)
                    .distinct().toList();
            StringBuilder b = new StringBuilder("• ").append(system).append(": ");
            if (!yes.isEmpty()) {
                b.append("Endorses ").append(Lines.list(yes, "and")).append(". ");
            }
            if (!no.isEmpty()) {
                b.append("Denies ").append(Lines.list(no, "or")).append('.');
            }
            Support support = Lines.join(list.stream().map(Symptom::support).toList());
            out.add(Lines.statement(b.toString().strip(), support));
        });
        return out;
    }
}
