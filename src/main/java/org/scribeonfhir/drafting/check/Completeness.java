package org.scribeonfhir.drafting.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.Evidence;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * What the reviewer must write because the drafter could not: an empty assessment and plan (or chief complaint)
 * after a conversation the drafter did read. The notice points at the clinician's turns where it is usually said
 * and that no statement of the draft cites, so the reviewer reads those rather than the whole transcript.
 */
public final class Completeness {

    /** The plan is said in the closing part of a visit: its last third. */
    private static final double CLOSING = 2.0 / 3.0;
    private static final Pattern AGREEMENT = Pattern.compile("Questions were answered\\.|The patient agrees with the "
            + "plan\\.");
    /** "1. Headache." and nothing else: the problems were heard, what was decided about them was not. */
    private static final Pattern HEADING_OR_AGREEMENT = Pattern.compile("\\d+\\. [^\\n]*|" + AGREEMENT.pattern());

    private Completeness() {
    }

    public static List<String> notices(List<Section> sections, Dialogue dialogue) {
        List<String> out = new ArrayList<>();
        if (dialogue.turns().isEmpty()) {
            return out;
        }
        Set<Integer> cited = cited(sections);
        int closing = (int) Math.ceil(dialogue.turns().size() * CLOSING);
        if (only(sections, NoteHeaders.ASSESSMENT_AND_PLAN, AGREEMENT)) {
            out.add("ASSESSMENT AND PLAN is empty: the drafter could not read the assessment or the plan from the "
                    + "conversation. Write them before signing" + where(dialogue, cited, closing, "them") + ".");
        } else if (only(sections, NoteHeaders.ASSESSMENT_AND_PLAN, HEADING_OR_AGREEMENT)) {
            out.add("ASSESSMENT AND PLAN names the problem but no plan: the drafter could not read what was decided. "
                    + "Write the plan before signing" + where(dialogue, cited, closing, "it") + ".");
        }
        if (only(sections, NoteHeaders.CHIEF_COMPLAINT, AGREEMENT)) {
            out.add("CHIEF COMPLAINT is empty: the drafter could not tell why the patient came. Write it before signing"
                    + where(dialogue, cited, 1, "it") + ".");
        }
        return out;
    }

    /** The section says nothing but {@code filler}: "Questions were answered." alone assesses and decides nothing. */
    private static boolean only(List<Section> sections, String header, Pattern filler) {
        return sections.stream().filter(s -> s.header().equals(header))
                .allMatch(s -> s.statements().stream().allMatch(st -> st.text().isBlank()
                        || filler.matcher(st.text()).matches()));
    }

    private static Set<Integer> cited(List<Section> sections) {
        Set<Integer> out = new TreeSet<>();
        for (Section s : sections) {
            for (Statement st : s.statements()) {
                for (Evidence e : st.evidence()) {
                    if (e.turns() != null) {
                        out.addAll(e.turns());
                    }
                }
            }
        }
        return out;
    }

    /** "; the clinician's turns 31, 33 and 35–38 say what the note does not", or nothing when there are none. */
    private static String where(Dialogue dialogue, Set<Integer> cited, int from, String what) {
        List<Integer> turns = new ArrayList<>();
        for (Utterance u : dialogue.utterances()) {
            if (u.clinician() && u.turn() >= from && !cited.contains(u.turn())
                    && (turns.isEmpty() || turns.get(turns.size() - 1) != u.turn())) {
                turns.add(u.turn());
            }
        }
        if (turns.isEmpty()) {
            return "";
        }
        return "; the clinician's " + (turns.size() == 1 ? "turn " : "turns ") + ranges(turns)
                + (turns.size() == 1 ? " is" : " are") + " not cited by the draft and may hold " + what;
    }

    /** 31, 33, 35, 36, 37 → "31, 33 and 35–37"; more than six parts → "31–52". */
    static String ranges(List<Integer> turns) {
        List<String> parts = new ArrayList<>();
        int start = turns.get(0);
        int prev = start;
        for (int i = 1; i <= turns.size(); i++) {
            int n = i < turns.size() ? turns.get(i) : Integer.MIN_VALUE;
            if (n == prev + 1) {
                prev = n;
                continue;
            }
            parts.add(start == prev ? String.valueOf(start) : start + "\u2013" + prev);
            start = n;
            prev = n;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.size() > 6) {
            return turns.get(0) + "\u2013" + turns.get(turns.size() - 1);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
