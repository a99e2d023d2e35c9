package org.scribeonfhir.drafting.bench;

import static org.scribeonfhir.drafting.bench.ChallengeScorer.any;
import static org.scribeonfhir.drafting.bench.ChallengeScorer.has;
import static org.scribeonfhir.drafting.bench.ChallengeScorer.normal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.scribeonfhir.drafting.bench.ChallengeScorer.Verdict;

/** Medication facts of the challenge set: drug, dose, frequency and the action said with them. */
final class MedicationFacts {

    private static final Map<String, String> ACTIONS = Map.of(
            "start", "start|started|starting|restart|resume|begin|initiate|prescribe|prescribed|new",
            "continue", "continue|continued|continuing|refill|refilled|resume|remain|current medications",
            "increase", "increase|increased|increasing|raise|titrate|bump|up-titrate",
            "decrease", "decrease|decreased|decreasing|reduce|reduced|lower|lowered|taper",
            "stop", "stop|stopped|stopping|discontinue|discontinued|no longer|off|quit|hold|held",
            "hold", "hold|held|pause|stop|stopped",
            "change", "change|changed|switch|switched|increase|decrease|replace");

    private MedicationFacts() {
    }

    static Verdict judge(JsonNode f, String line) {
        if (!any(f.path("drug"), line)) {
            return Verdict.MISSING;
        }
        String action = f.path("action").asText("current");
        boolean dose = !f.has("dose") || has(line, f.path("dose").asText());
        boolean frequency = !f.has("frequency") || any(f.path("frequency"), line);
        boolean acted = action.equals("current") || has(line, action) || words(line, ACTIONS.get(action));
        // "…for 2 weeks, then daily for 1 week, then stop": the end of the course ordered, no stop order
        boolean stopWords = words(line.replaceAll("(?i),? then stop\\.?$", ""), ACTIONS.get("stop"));
        if (!action.equals("stop") && !action.equals("hold") && stopWords && !action.equals("change")) {
            return Verdict.WRONG;
        }
        if ((action.equals("stop") || action.equals("hold")) && words(line, "continue|start|increase|refill")) {
            return Verdict.WRONG;
        }
        if (f.has("dose") && !dose && otherDose(own(line, f.path("drug")), f.path("dose").asText())) {
            return Verdict.WRONG;
        }
        return dose && frequency && acted ? Verdict.FOUND : Verdict.PARTIAL;
    }

    private static boolean words(String line, String alternatives) {
        for (String a : alternatives.split("\\|")) {
            if (has(line, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part of a list line that is this drug's ("Current medications: metformin 1000 mg twice daily, atorvastatin."
     * gives "atorvastatin."): another drug's dose in the same list is not this one's.
     */
    private static String own(String line, JsonNode drugs) {
        String n = normal(line);
        int at = -1;
        for (JsonNode d : drugs) {
            Matcher m = Pattern.compile("(?<![a-z0-9.])" + Pattern.quote(normal(d.asText()).strip())
                    + "(?![a-z0-9])").matcher(n);
            if (m.find() && (at < 0 || m.start() < at)) {
                at = m.start();
            }
        }
        if (at < 0) {
            return line;
        }
        // the next drug of the list begins after a comma or semicolon with a word ("…, 500 mg" is still this one's)
        Matcher next = Pattern.compile("[,;] (?=[a-z])").matcher(n);
        return n.substring(at, next.find(at) ? next.start() : n.length());
    }

    /** Another dose in the same unit in the line ("20 mg" where the fact says "40 mg"). */
    private static boolean otherDose(String line, String dose) {
        String unit = normal(dose).replaceAll("^[\\d.]+\\s*", "");
        if (unit.isEmpty()) {
            return false;
        }
        Matcher m = Pattern.compile("(?<![a-z0-9.])([\\d.]+) " + Pattern.quote(unit) + "\\b").matcher(normal(line));
        return m.find();
    }
}
