package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.model.ClinicalEntity;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.ehr.ChartFact;

/**
 * Medication statements: a drug the entity head found, with the dose, route and frequency the rules found
 * in the same sentence (or, after a doctor's question about the drug, in the patient's answer), what the
 * doctor does with it (start, increase, continue…), the turns that say so and, when the chart lists the same
 * drug, its MedicationRequest. Nothing is filled in that no turn says.
 */
final class Medications {

    /** One drug as said in one sentence (or a question and its answer). */
    record Mention(String drug, String dose, String route, String frequency, String action, List<Integer> turns,
            int turnIndex, double confidence, String chartReference) {

        /** "lisinopril 20 mg by mouth once daily". */
        String sig() {
            StringBuilder s = new StringBuilder(drug);
            for (String part : new String[] {dose, route, frequency}) {
                if (part != null) {
                    s.append(' ').append(part);
                }
            }
            return s.toString();
        }

        /** "Increase lasix to 80 mg once daily." / "Continue lisinopril 20 mg daily." */
        String order() {
            String rest = sig().substring(drug.length()).strip();
            if (action.equals("Increase") || action.equals("Decrease")) {
                return action + " " + drug + (rest.isEmpty() ? "" : " to " + rest) + ".";
            }
            if (action.equals("Stop")) {
                return "Stop " + drug + ".";
            }
            if (action.equals("Refill")) {
                return "Refill " + sig() + ".";
            }
            return action + " " + sig() + ".";
        }

        boolean hasSig() {
            return dose != null || frequency != null || route != null;
        }

        List<Evidence> evidence() {
            List<Evidence> e = new ArrayList<>();
            e.add(Evidence.transcript(turns));
            if (chartReference != null) {
                e.add(Evidence.fhir(chartReference));
            }
            return e;
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!](?=\\s|$)");
    private static final String[][] ACTIONS = {
        {"Increase", "(?:increase|increasing|bump (?:up )?|raise|go up on|up (?:the|your) dose)"},
        {"Decrease", "(?:decrease|decreasing|lower|reduce|cut back|taper|go down on)"},
        {"Stop", "(?:stop|stopping|discontinue|hold|come off|get off|take (?:you|him|her) off)"},
        {"Continue", "(?:continue|continuing|stay on|keep (?:taking|you on|him on|her on|using)|remain on)"},
        {"Start", "(?:start|starting|begin|initiate|put (?:you|him|her) on|prescribe|prescribing|"
                + "switch (?:you |him |her )?(?:over )?to|change (?:you |him |her )?(?:over )?to|send in)"},
        {"Refill", "(?:refill|refilled)"}};
    /** How far (characters) from the drug its dose, route, frequency and the doctor's verb may be. */
    static final int REACH = 60;
    private static final Pattern TAKING = Pattern.compile("(?i)\\b(?:take|takes|taking|took|on|using|use|uses)\\b");
    private static final Pattern NUMBER_WORDS = Pattern.compile("(?i)\\bmilligrams?\\b");
    private static final Pattern MICROGRAMS = Pattern.compile("(?i)\\bmicrograms?\\b");

    private Medications() {
    }

    /**
     * Every drug mention with something to say about it: a dose, route or frequency, or what the doctor does
     * with it. Negated and family mentions are left out.
     */
    static List<Mention> find(List<TurnAnalysis> turns, List<ChartFact> chart) {
        List<Mention> out = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            TurnAnalysis a = turns.get(t);
            String text = a.turn().text();
            for (ClinicalEntity drug : a.entities()) {
                if (!drug.type().equals("MEDICATION") || drug.is(ClinicalEntity.NEGATED)
                        || drug.is(ClinicalEntity.FAMILY) || drug.text().length() < 3) {
                    continue;
                }
                int[] sentence = sentence(text, drug.start());
                List<ClinicalEntity> same = new ArrayList<>();
                for (ClinicalEntity e : a.entities()) {
                    if (e.start() >= sentence[0] && e.end() <= sentence[1]) {
                        same.add(e);
                    }
                }
                Set<Integer> cited = new LinkedHashSet<>();
                cited.add(a.turn().number());
                String said = text.substring(sentence[0], sentence[1]);
                String before = text.substring(Math.max(sentence[0], drug.start() - REACH), drug.start());
                String action = a.turn().speaker().equals("doctor") && !said.strip().endsWith("?") ? action(before)
                        : null;
                String dose = "Increase".equals(action) || "Decrease".equals(action) ? target(text, same, drug) : null;
                dose = dose != null ? dose : nearest(same, "DOSE", drug);
                String route = nearest(same, "ROUTE", drug);
                String frequency = nearest(same, "FREQUENCY", drug);
                boolean question = said.strip().endsWith("?");
                if (question && dose == null && t + 1 < turns.size()
                        && !turns.get(t + 1).turn().speaker().equals(a.turn().speaker())) {
                    List<ClinicalEntity> answer = turns.get(t + 1).entities();
                    dose = first(answer, "DOSE");
                    frequency = frequency != null ? frequency : first(answer, "FREQUENCY");
                    route = route != null ? route : first(answer, "ROUTE");
                    if (dose != null || frequency != null) {
                        cited.add(turns.get(t + 1).turn().number());
                    }
                }
                Mention m = new Mention(drug.text().toLowerCase(Locale.ROOT), normaliseDose(dose), lower(route),
                        normaliseFrequency(frequency), action, List.copyOf(cited), t,
                        Math.round(drug.confidence() * 100) / 100.0, chartReference(drug.text(), chart));
                if (m.hasSig() || action != null || (TAKING.matcher(before).find() && !question)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The chart's MedicationRequest for the same drug (its name is a word of the chart's label), if any. */
    static String chartReference(String drug, List<ChartFact> chart) {
        if (chart == null) {
            return null;
        }
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(drug.strip()) + "\\b");
        for (ChartFact f : chart) {
            if (f.label() != null && word.matcher(f.label()).find()) {
                return f.reference();
            }
        }
        return null;
    }

    private static String action(String before) {
        String b = before.toLowerCase(Locale.ROOT);
        int bestAt = -1;
        String best = null;
        for (String[] a : ACTIONS) {
            Matcher m = Pattern.compile("\\b" + a[1] + "\\b").matcher(b);
            while (m.find()) {
                if (m.start() > bestAt) {
                    bestAt = m.start();
                    best = a[0];
                }
            }
        }
        return best;
    }

    /** [start, end) of the sentence of the turn that holds {@code at}. */
    static int[] sentence(String text, int at) {
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else {
                return new int[] {start, m.end()};
            }
        }
        return new int[] {start, text.length()};
    }

    /** "increase the lisinopril from 10 mg to 20 mg": the dose after "to". */
    private static String target(String text, List<ClinicalEntity> sentence, ClinicalEntity drug) {
        for (ClinicalEntity e : sentence) {
            if (e.type().equals("DOSE") && e.start() > drug.end() && e.start() - drug.end() <= REACH
                    && text.substring(Math.max(0, e.start() - 3), e.start()).equalsIgnoreCase("to ")) {
                return e.text();
            }
        }
        return null;
    }

    /**
     * The entity of this type closest to the drug (within {@link #REACH} characters) that no other drug of
     * the sentence is closer to.
     */
    private static String nearest(List<ClinicalEntity> sentence, String type, ClinicalEntity drug) {
        ClinicalEntity best = null;
        int bestDistance = REACH + 1;
        for (ClinicalEntity e : sentence) {
            if (!e.type().equals(type)) {
                continue;
            }
            int d = distance(e, drug);
            boolean closerToAnother = sentence.stream().anyMatch(o -> o != drug && o.type().equals("MEDICATION")
                    && distance(e, o) < d);
            if (!closerToAnother && d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best == null ? null : best.text();
    }

    private static int distance(ClinicalEntity a, ClinicalEntity b) {
        return a.start() >= b.end() ? a.start() - b.end() : b.start() - a.end() + 1;
    }

    private static String first(List<ClinicalEntity> entities, String type) {
        return entities.stream().filter(e -> e.type().equals(type)).map(ClinicalEntity::text).findFirst()
                .orElse(null);
    }

    static String normaliseDose(String dose) {
        if (dose == null) {
            return null;
        }
        String d = NUMBER_WORDS.matcher(Numbers.digits(dose.toLowerCase(Locale.ROOT))).replaceAll("mg");
        d = MICROGRAMS.matcher(d).replaceAll("mcg");
        return d.replaceAll("(\\d)(mg|mcg|ml|units?)\\b", "$1 $2").replaceAll("\\s+", " ").strip();
    }

    static String normaliseFrequency(String frequency) {
        if (frequency == null) {
            return null;
        }
        String f = Numbers.digits(frequency.toLowerCase(Locale.ROOT)).replaceAll("\\s+", " ").strip();
        f = f.replaceAll("^(once|twice|three times|four times|one time|two times) (?:a|per|each) day$", "$1 daily")
                .replaceAll("^one time daily$", "once daily").replaceAll("^two times daily$", "twice daily")
                .replaceAll("^every day$", "daily").replaceAll("^bid$", "twice daily").replaceAll("^tid$",
                        "three times daily").replaceAll("^qid$", "four times daily").replaceAll("^prn$", "as needed");
        return f;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
