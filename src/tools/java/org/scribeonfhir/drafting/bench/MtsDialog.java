package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Turn;

/** MTS-Dialog: short dialogues labelled with one of 20 section headers, mapped onto our note's parts. */
public final class MtsDialog {

    public static final String TRAIN = "Main-Dataset/MTS-Dialog-TrainingSet.csv";
    public static final String VALID = "Main-Dataset/MTS-Dialog-ValidationSet.csv";
    public static final String TEST1 = "Main-Dataset/MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv";
    /** Back-translations (FR, ES) of the training set only; never used for evaluation. */
    public static final String AUGMENTED = "Augmented-Data/MTS-Dialog-Augmented-TrainingSet-3-FR-and-ES-3603-Pairs-final.csv";

    /** The stated mapping of MTS-Dialog's 20 headers onto our six (no MTS header maps to "none"). */
    public static final Map<String, String> HEADER_MAP = Map.ofEntries(
            Map.entry("CC", NoteHeaders.CHIEF_COMPLAINT),
            Map.entry("GENHX", NoteHeaders.HPI),
            Map.entry("PASTMEDICALHX", NoteHeaders.HPI),
            Map.entry("PASTSURGICAL", NoteHeaders.HPI),
            Map.entry("FAM/SOCHX", NoteHeaders.HPI),
            Map.entry("MEDICATIONS", NoteHeaders.HPI),
            Map.entry("ALLERGY", NoteHeaders.HPI),
            Map.entry("IMMUNIZATIONS", NoteHeaders.HPI),
            Map.entry("GYNHX", NoteHeaders.HPI),
            Map.entry("OTHER_HISTORY", NoteHeaders.HPI),
            Map.entry("EDCOURSE", NoteHeaders.HPI),
            Map.entry("ROS", NoteHeaders.ROS),
            Map.entry("EXAM", NoteHeaders.PHYSICAL_EXAM),
            Map.entry("LABS", NoteHeaders.RESULTS),
            Map.entry("IMAGING", NoteHeaders.RESULTS),
            Map.entry("ASSESSMENT", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("DIAGNOSIS", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("PLAN", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("DISPOSITION", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("PROCEDURES", NoteHeaders.ASSESSMENT_AND_PLAN));

    private static final Pattern TURN = Pattern.compile("^\\s*([A-Za-z_ ]{2,20}):\\s*(.*)$");

    public record Example(String id, String header, String section, List<Turn> turns) {
    }

    private MtsDialog() {
    }

    public static List<Example> read(Path data, String file) throws IOException {
        List<Example> out = new ArrayList<>();
        for (Map<String, String> r : Csv.read(data.resolve("mts-dialog").resolve(file))) {
            String header = r.get("section_header").strip().toUpperCase();
            out.add(new Example(r.get("ID"), header, HEADER_MAP.get(header), turns(r.get("dialogue"))));
        }
        return out;
    }

    /** "Doctor: …" / "Patient: …" lines as turns; other lines continue the turn before. */
    static List<Turn> turns(String dialogue) {
        List<Turn> turns = new ArrayList<>();
        String speaker = null;
        StringBuilder text = new StringBuilder();
        for (String line : dialogue.split("\\R")) {
            Matcher m = TURN.matcher(line);
            if (m.matches()) {
                if (speaker != null) {
                    turns.add(new Turn(turns.size() + 1, speaker, text.toString().strip()));
                }
                String who = m.group(1).strip().toLowerCase();
                speaker = who.startsWith("doctor") ? "doctor" : who.startsWith("patient") ? "patient" : "other";
                text = new StringBuilder(m.group(2));
            } else if (!line.isBlank()) {
                if (speaker == null) {
                    speaker = "other";
                }
                text.append(' ').append(line.strip());
            }
        }
        if (speaker != null) {
            turns.add(new Turn(turns.size() + 1, speaker, text.toString().strip()));
        }
        return turns;
    }

    /** The whole dialogue as one text, the unit the MTS-Dialog header belongs to. */
    public static String flat(Example e) {
        StringBuilder s = new StringBuilder();
        for (Turn t : e.turns()) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(t.text());
        }
        return s.toString();
    }
}
