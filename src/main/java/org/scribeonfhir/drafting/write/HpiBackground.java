package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.extract.Phrasing;
import org.scribeonfhir.drafting.speech.ThirdPerson;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.VisitModel;

/** The HPI's background after the story: current and stopped medications, allergies, past, family and social history. */
final class HpiBackground {

    private HpiBackground() {
    }

    static void write(VisitModel v, Pronouns p, List<Statement> out) {
        medications(v, p, out);
        allergies(v, out);
        history(v, p, out);
    }

    private static void medications(VisitModel v, Pronouns p, List<Statement> out) {
        List<Medication> current = v.medications().stream().filter(Medication::current).toList();
        if (!current.isEmpty()) {
            List<String> sigs = new ArrayList<>();
            for (Medication m : current) {
                boolean kept = m.action().matches("continue|refill|hold");
                String dose = m.previousDose() != null ? m.previousDose() : m.ordered() && !kept ? null : m.dose();
                // what the patient took before the plan: "hydroxyzine as needed", not the plan's "at bedtime"
                String frequency = m.previousFrequency() != null ? m.previousFrequency() : m.action().equals("taking")
                        || kept ? m.frequency() : null;
                // "Calpol 5 mL every 4 hours (increased to 7.5 mL today)": the dose taken, and the plan's new one, so
                // the old dose is never read as the one increased to
                String to = m.dose() == null ? "" : " to " + m.dose();
                String changed = m.previousDose() == null ? "" : m.action().equals("increase") ? " (increased" + to
                        + " today)" : m.action().equals("decrease") ? " (decreased" + to + " today)"
                        : " (changed" + to + " today)";
                changed = m.action().equals("taper") ? " (tapered from today)" : changed;
                String sig = PlanWriter.drugName(m) + join(dose, frequency) + changed;
                boolean held = held(v, PlanWriter.drugName(m));
                sigs.add(!held ? sig : sig.endsWith(")") ? sig.replaceFirst("\\)$", "; on hold)") : sig + " (on hold)");
            }
            out.add(Lines.statement("Current medications: " + String.join(", ", sigs) + ".",
                    Lines.join(current.stream().map(Medication::support).toList())));
        }
        List<Medication> denied = v.medications().stream().filter(m -> m.action().equals("denied")).toList();
        if (!denied.isEmpty()) {
            out.add(Lines.statement("Denies use of " + Lines.list(denied.stream().map(PlanWriter::drugName).toList(),
                    "or") + ".", Lines.join(denied.stream().map(Medication::support).toList())));
        }
        for (Medication m : v.medications()) {
            boolean allergen = v.allergies().stream().anyMatch(a -> a.substance() != null
                    && (a.substance().equalsIgnoreCase(m.drug()) || a.substance().equalsIgnoreCase(m.said())));
            // "Stopped ibuprofen because of heartburn." says it already
            List<HistoryItem> effects = v.history().stream().filter(h -> h.kind().equals("effect")
                    && m.drug().equalsIgnoreCase(h.relative())).toList();
            boolean why = !effects.isEmpty() && !toldInStory(v, m.drug(), effects);
            if (m.action().equals("stopped") && !allergen && !why && !m.support().turns().isEmpty()) {
                out.add(Lines.statement(Lines.subject(p) + " is no longer taking " + PlanWriter.drugName(m) + ".",
                        m.support()));
            } else if (m.action().equals("restart") && !why && !m.support().turns().isEmpty()) {
                // "I stopped it about three weeks ago, I ran out": why it is restarted, told in the history
                String dose = m.previousDose() != null ? " " + m.previousDose() : "";
                out.add(Lines.statement(Lines.subject(p) + " had stopped " + PlanWriter.drugName(m) + dose
                        + " before this visit.", m.support()));
            }
        }
    }

    /**
     * "I'd hold off on the Aleve for now" (written "Advised to avoid Aleve (naproxen) for now."): still the patient's,
     * but not to be taken until the plan says so; "avoid ibuprofen with his ramipril" holds the ibuprofen only.
     */
    private static boolean held(VisitModel v, String drug) {
        Pattern avoided = Pattern.compile("^Advised to avoid (?:[^,()]+(?: \\([^)]*\\))?, )*(?:[^,()]+(?: "
                + "\\([^)]*\\))?,? or )?" + Pattern.quote(drug) + "(?=[ .,]|$)");
        return v.plan().stream().anyMatch(i -> i.text() != null && avoided.matcher(i.text()).find());
    }

    private static String join(String dose, String frequency) {
        StringBuilder b = new StringBuilder();
        if (dose != null) {
            b.append(' ').append(dose);
        }
        if (frequency != null) {
            b.append(' ').append(frequency);
        }
        return b.toString();
    }

    private static void allergies(VisitModel v, List<Statement> out) {
        List<Allergy> real = v.allergies().stream().filter(a -> !a.none()).toList();
        if (!real.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Allergy a : real) {
                items.add(a.substance() + (a.reaction() != null ? " (" + a.reaction() + ")" : ""));
            }
            out.add(Lines.statement("Allergies: " + String.join(", ", items) + ".",
                    Lines.join(real.stream().map(Allergy::support).toList())));
        } else if (!v.allergies().isEmpty()) {
            out.add(Lines.statement("No known drug allergies.", v.allergies().get(0).support()));
        }
    }

    private static void history(VisitModel v, Pronouns p, List<Statement> out) {
        // "Sleep: okay, about 7 hours a night.": how each domain of the review is, in the note's shorthand
        v.history().stream().filter(h -> h.kind().equals("status"))
                .forEach(h -> out.add(Lines.statement(Lines.period(h.text()), h.support())));
        List<String> opening = v.patient().history();
        group(v, "medical", "Past medical history: ", x -> opening.stream().noneMatch(h -> h.equalsIgnoreCase(x.text())),
                x -> x.text(), out);
        // "No history of cancer.": a pertinent negative of the past history, as its own sentence
        v.history().stream().filter(h -> h.kind().equals("screen"))
                .forEach(h -> out.add(Lines.statement(Lines.period(h.text()), h.support())));
        group(v, "surgical", "Past surgical history: ", x -> true, HistoryItem::text, out);
        group(v, "family", "Family history: ", x -> true,
                x -> x.relative().equals("family") ? x.text() : x.relative() + (x.text().startsWith("death by ")
                ? " died by " + x.text().substring("death by ".length()) : " with " + x.text()), out);
        group(v, "contacts", "Sick contacts: ", x -> true, x -> Lines.lowerFirst(ThirdPerson.patient(x.text(), p)), out);
        group(v, "immunizations", "Immunizations: ", x -> true, HistoryItem::text, out);
        group(v, "travel", "Recent travel: ", x -> true, x -> Lines.lowerFirst(ThirdPerson.patient(x.text(), p)), out);
        effects(v, out);
        Set<String> said = new HashSet<>();
        for (HistoryItem h : v.history()) {
            if (h.kind().equals("social")) {
                String text = h.text().startsWith("Does not") ? h.text() : ThirdPerson.patient(h.text(), p);
                // "Occupation: a chef." stands as its own label, not "Social history: occupation: a chef."
                String line = text.startsWith("Occupation: ") ? Lines.period(Phrasing.tidy(text))
                        : "Social history: " + Lines.period(Lines.lowerFirst(Phrasing.tidy(text)));
                if (said.add(line.toLowerCase(Locale.ROOT))) {
                    out.add(Lines.statement(line, h.support()));
                }
            }
        }
    }

    /** "Stopped trazodone because of excessive daytime sleepiness."; for a drug still taken, its side effects. */
    private static void effects(VisitModel v, List<Statement> out) {
        Map<String, List<HistoryItem>> byDrug = new LinkedHashMap<>();
        v.history().stream().filter(h -> h.kind().equals("effect"))
                .forEach(h -> byDrug.computeIfAbsent(h.relative(), k -> new ArrayList<>()).add(h));
        byDrug.forEach((drug, items) -> {
            if (toldInStory(v, drug, items)) {
                return; // the history already tells it in the patient's words
            }
            // a drug turned down today ("Morphine makes me feel off my face") was not stopped, it was not taken
            boolean stopped = v.medications().stream().anyMatch(m -> m.drug().equalsIgnoreCase(drug) && !m.current()
                    && !m.action().equals("declined"));
            // "Excedrin (acetaminophen-aspirin-caffeine)": the name the patient said, with its generic
            String name = v.medications().stream().filter(m -> m.drug().equalsIgnoreCase(drug)).findFirst()
                    .map(PlanWriter::drugName).orElse(drug);
            // "leg pain and pain": the bare word says nothing the sited one does not
            List<String> said = items.stream().map(HistoryItem::text).distinct().toList();
            String what = Lines.list(said.stream().filter(t -> !t.equals("pain") || said.stream()
                    .noneMatch(o -> o.endsWith(" pain"))).toList(), "and");
            out.add(Lines.statement(stopped ? "Stopped " + name + " because of " + what + "."
                    : "Reported side effects of " + name + ": " + what + ".",
                    Lines.join(items.stream().map(HistoryItem::support).toList())));
        });
    }

    private static boolean toldInStory(VisitModel v, String drug, List<HistoryItem> items) {
        return v.narrative().stream().anyMatch(n -> n.text().toLowerCase(Locale.ROOT).contains(drug.toLowerCase(Locale.ROOT))
                && items.stream().allMatch(i -> n.support().turns().contains(i.support().turns().stream()
                .max(Integer::compare).orElse(-1))));
    }

    private static void group(VisitModel v, String kind, String label, Predicate<HistoryItem> keep,
            Function<HistoryItem, String> text, List<Statement> out) {
        List<HistoryItem> items = v.history().stream().filter(h -> h.kind().equals(kind)).filter(keep).toList();
        if (items.isEmpty()) {
            return;
        }
        List<String> texts = items.stream().map(text).distinct().toList();
        out.add(Lines.statement(label + String.join("; ", texts) + ".",
                Lines.join(items.stream().map(HistoryItem::support).toList())));
    }
}
