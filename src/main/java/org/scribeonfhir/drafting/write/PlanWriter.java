package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * ASSESSMENT AND PLAN, numbered by problem: the problem (with its certainty), then its reasoning, treatment
 * (medication orders with dose, route, frequency and the action), testing, referrals and counselling; then
 * follow-up and the patient's agreement when the visit had them.
 */
final class PlanWriter {

    private static final Set<String> ORDERS = Set.of("medication", "test", "referral", "procedure", "disposition");

    private PlanWriter() {
    }

    static List<Statement> write(VisitModel v) {
        List<Statement> out = new ArrayList<>();
        List<PlanItem> loose = new ArrayList<>(v.plan().stream().filter(i -> i.problem() == null).toList());
        List<PlanItem> ending = new ArrayList<>(loose.stream().filter(i -> i.kind().equals("follow-up")
                || i.kind().equals("agreement")).toList());
        loose.removeAll(ending);
        // what was said before the first problem was named ("I know they did an x-ray before you came in") is
        // written before it, not under the last problem
        int first = v.problems().stream().mapToInt(p -> p.support().firstTurn()).min().orElse(Integer.MAX_VALUE);
        List<PlanItem> before = v.problems().isEmpty() ? List.of() : loose.stream()
                .filter(i -> i.support().firstTurn() < first).toList();
        loose.removeAll(before);
        // an order said before the problem is named ("start bisoprolol…", then "so that's the atrial fibrillation")
        // is that problem's, not a line above the numbered list
        List<PlanItem> early = before.stream().filter(i -> ORDERS.contains(i.kind())).toList();
        before.stream().filter(i -> !early.contains(i)).forEach(i -> out.add(line(i)));
        int n = 0;
        // an order said before any problem was named belongs to the first one named: the order is kept then
        java.util.Map<String, String> explained = SymptomProblems.explained(v.problems());
        for (Problem p : early.isEmpty() ? ProblemOrder.of(v) : v.problems()) {
            if (explained.containsKey(p.name())) {
                continue; // its plan is written under the diagnosis that explains it
            }
            List<PlanItem> items = v.plan().stream().filter(i -> p.name().equals(i.problem())
                    || p.name().equals(explained.get(i.problem()))).toList();
            n++;
            out.add(Lines.statement(n + ". " + heading(p) + ".", p.support()));
            if (n == 1) {
                early.forEach(i -> out.add(line(i)));
            }
            items.forEach(i -> out.add(line(i)));
        }
        if (!loose.isEmpty()) {
            if (n == 0 && v.reason() != null && v.reason().support() != null) {
                // the complaint as a problem: "Sharp chest pain", not "Sharp chest pain for 4 days"
                String problem = v.reason().phrase().replaceAll(" for (?:about |a |an )?(?:few |couple of )?\\d*\\s*"
                        + "(?:days?|weeks?|months?|years?|hours?)\\b", "");
                out.add(Lines.statement("1. " + Lines.capital(problem) + ".", v.reason().support()));
            }
            loose.forEach(i -> out.add(line(i)));
        }
        ending.sort((a, b) -> a.kind().compareTo(b.kind()) * -1);
        for (PlanItem i : ending) {
            out.add(Lines.statement(i.text(), i.support()));
        }
        return out;
    }

    /** "Mild croup", "Hypertension, not at goal", "Asthma flare": the name with what the clinician said of it. */
    static String heading(Problem p) {
        String said = p.before() == null ? p.name() : p.before() + " " + Lines.lowerFirst(Lines.capital(p.name()));
        if (p.after() != null) {
            String after = p.after().replaceFirst("^flare(?:, |$)", "");
            said += (p.after().startsWith("flare") ? " flare" : "") + (after.isEmpty() ? "" : ", " + after);
        }
        String name = Lines.capital(said);
        return switch (p.certainty()) {
            case "suspected" -> "Likely " + Lines.lowerFirst(name);
            case "possible" -> "Possible " + Lines.lowerFirst(name);
            default -> name;
        };
    }

    /** "If he wakes up barking, take him into a steamy bathroom": what the patient is to do, not a treatment. */
    private static final java.util.regex.Pattern TOLD = java.util.regex.Pattern.compile("(?i)^if\\b[^,]*,\\s*"
            + "(?:then\\s+)?"
            + "(?:take|keep|give|call|ring|phone|come|go|stop|use|try|don't|do not|avoid|get|make sure|bring|seek|"
            + "put|sit|rest|drink|let|book|contact|return|head|see|check|wait|hold|skip|double|pull|lie|elevate|ice|"
            + "wear|stay|apply|(?:[a-z]+ )?(?:is|are) (?:fine|okay|ok|safe))\\b");

    private static final java.util.regex.Pattern SEEK_CARE = java.util.regex.Pattern.compile("(?i)\\b(?:be seen|"
            + "see (?:her|him|them|you|the patient)|call|ring|phone|contact|get in touch|come back|come in|return|"
            + "emergency|a&e|the er|the ed|999|911|111|right away|straight away|same day|urgent(?:ly)?|"
            + "immediately)\\b");

    private static Statement line(PlanItem i) {
        // "If the holter shows…, may try metoprolol": a step said under a condition is not yet a treatment
        String kind = i.kind().matches("treatment|procedure|test|referral")
                && i.text().matches("(?is)^(?:if|should|in case|unless)\\b.*") ? "conditional" : i.kind();
        String label = switch (kind) {
            case "reasoning" -> "Medical Reasoning";
            case "medication", "treatment", "procedure" -> "Medical Treatment";
            case "test" -> "Additional Testing";
            case "referral" -> "Specialist Referrals";
            case "disposition" -> "Disposition";
            case "counselling", "precautions" -> "Patient Education and Counseling";
            // "if she gets a fever … she needs to be seen right away": safety-netting; "if it's no better in two
            // weeks, will get an x-ray": a step that may come, neither ordered nor given
            case "conditional" -> TOLD.matcher(i.text()).find() || SEEK_CARE.matcher(i.text()).find()
                    ? "Patient Education and Counseling" : "Contingency Plan";
            default -> null;
        };
        String text = i.kind().equals("medication") ? order(i.medication()) : i.text();
        return Lines.statement(label == null ? text : "• " + label + ": " + text, i.support());
    }

    /** "Increase furosemide (Lasix) from 40 mg to 80 mg daily." */
    static String order(Medication m) {
        String drug = drugName(m);
        String route = m.route() != null && drug.toLowerCase(Locale.ROOT).contains(m.route().toLowerCase(Locale.ROOT))
                ? null : m.route();
        String sig = join(route, m.frequency(), m.duration() == null ? null : Medication.course(m.duration()));
        return switch (m.action()) {
            case "increase", "decrease", "change" -> Lines.capital(m.action()) + " " + drug
                    + (m.previousDose() != null ? " from " + m.previousDose() : "")
                    + (m.dose() != null ? " to " + m.dose() : "") + sig + ".";
            case "stop" -> "Stop " + drug + ".";
            case "taper" -> "Taper " + drug + ": " + m.dose() + "."; // the steps down to the stop
            // a hold says how long, not the sig it pauses ("Hold warfarin on Wednesday and Thursday.")
            case "hold" -> "Hold " + drug + join(m.duration() == null ? null : Medication.course(m.duration())) + ".";
            case "refill" -> "Refill " + drug + join(m.dose(), null, null) + sig + ".";
            case "restart" -> "Restart " + drug + join(m.dose(), null, null) + sig + ".";
            case "start" -> "Start " + drug + join(m.dose(), null, null) + sig + ".";
            case "backup" -> "in an emergency".equals(m.reason()) ? "Emergency supply: " + drug
                    + join(m.dose(), null, null) + sig + ", for use only in an emergency."
                    : "Back-up prescription, to start only "
                    + (m.reason() != null ? m.reason() : "if not improving") + ": " + drug
                    + join(m.dose(), null, null) + sig + ".";
            case "later" -> "Start " + drug + join(m.dose(), null, null) + sig
                    + (m.reason() != null ? " " + m.reason() : " later") + " (not started today).";
            case "vaccinate" -> "Recommend " + drug + sig + ".";
            case "given" -> Lines.capital(drug) + join(m.dose(), route, null) + " given in clinic.";
            case "declined" -> Lines.capital(drug) + (drug.toLowerCase(java.util.Locale.ROOT).contains("vaccin")
                    ? " offered, which the patient declined." : " not prescribed.");
            default -> "Continue " + drug + join(m.dose(), null, null) + sig + ".";
        };
    }

    /** The drug as said; a brand name keeps its capital and the generic beside it ("Lasix (furosemide)"). */
    static String drugName(Medication m) {
        return Medication.label(m.said(), m.drug());
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(' ').append(p);
            }
        }
        return b.toString();
    }
}
