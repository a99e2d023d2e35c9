package org.scribeonfhir.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.Transcript;
import org.scribeonfhir.drafting.check.Faithfulness;
import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * The safety checks run on a note's text — the model's draft or what people typed — against the encounter's
 * chart and the conversation: allergy conflicts, high-risk interactions, implausible doses, and what the visit does
 * not support (denied symptoms written as present, relatives' conditions, corrected values, unsaid drugs and
 * numbers). Findings come critical first, in the note's order.
 */
public final class SafetyChecks {

    private SafetyChecks() {
    }

    /**
     * @param note  header → text, as the pane shows it
     * @param chart the encounter's chart with its transcript; may be null (no EHR context)
     */
    public static List<Finding> of(Map<String, String> note, EncounterContext chart) {
        List<Finding> out = new ArrayList<>(of(note, chart == null ? List.of() : chart.allergies(),
                chart == null ? List.of() : chart.medications()));
        out.addAll(EssentialsCheck.check(note));
        if (chart == null) {
            return List.copyOf(out);
        }
        List<Quantities.Quantity> said = List.of();
        if (chart.transcript() != null && !chart.transcript().isBlank()) {
            Dialogue dialogue = Dialogue.of(Transcript.parse(chart.transcript()));
            Faithfulness.WholeVisit visit = Faithfulness.wholeVisit(dialogue, chart);
            out.addAll(SupportCheck.check(note, visit));
            out.addAll(ReferenceCheck.check(note, visit));
            said = Quantities.find(String.join("\n", dialogue.utterances().stream().map(Utterance::text).toList()));
        }
        out.addAll(ChartValueCheck.check(note, chart, said));
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }

    /**
     * @param chartAllergies   the encounter's active AllergyIntolerance resources, as chart facts
     * @param chartMedications its active MedicationRequests
     */
    public static List<Finding> of(Map<String, String> note, List<ChartFact> chartAllergies,
            List<ChartFact> chartMedications) {
        List<AllergyCheck.Allergen> allergens = new ArrayList<>(AllergyCheck.stated(note));
        for (ChartFact a : chartAllergies) {
            allergens.add(AllergyCheck.allergen(a.label(), a.reference() + " (" + a.label()
                    + (a.value() == null || a.value().isBlank() ? "" : ": " + a.value()) + ")"));
        }
        List<Finding> out = new ArrayList<>(AllergyCheck.check(note, dedupe(allergens)));
        out.addAll(InteractionCheck.check(note, chartMedications));
        out.addAll(DoseCheck.check(note));
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }

    /** The chart's record of an allergen wins over the note's restatement of it (it carries the reference). */
    private static List<AllergyCheck.Allergen> dedupe(List<AllergyCheck.Allergen> all) {
        List<AllergyCheck.Allergen> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            AllergyCheck.Allergen a = all.get(i);
            if (out.stream().noneMatch(o -> o.identity().equals(a.identity()))) {
                out.add(0, a);
            }
        }
        return out;
    }
}
