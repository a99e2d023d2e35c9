package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/**
 * Past surgery the patient tells ("they took my gallbladder out" → cholecystectomy), not denied; a blood relative's
 * stent or bypass is family history.
 */
final class SurgeryReader {

    private static final Map<String, String> SURGERIES = Map.ofEntries(Map.entry("nose job", "rhinoplasty"),
            Map.entry("gall ?bladder (?:removed|out|taken out)|took (?:my|his|her|out my|out his|out her) gall ?bladder",
                    "cholecystectomy"),
            Map.entry("appendix (?:removed|out|taken out)", "appendectomy"),
            Map.entry("tonsils (?:removed|out|taken out)", "tonsillectomy"),
            Map.entry("tubes tied", "tubal ligation"), Map.entry("c-section|c section", "cesarean section"),
            Map.entry("(?:knee|hip|shoulder) replacement", "$0"), Map.entry("bypass(?: surgery)?", "bypass surgery"),
            Map.entry("stents?", "stent placement"), Map.entry("(?:acl|rotator cuff|hernia|meniscus) (?:repair|surgery)",
                    "$0"),
            Map.entry("\\w+(?:ectomy|plasty|otomy|oscopy)", "$0"), Map.entry("lobectomy", "lobectomy"));
    private static final Pattern SURGERY_CONTEXT = Pattern.compile("(?i)\\b(?:surgery|surgeries|operation|had (?:my|a|"
            + "an)|removed|taken out|took (?:my|his|her|out)|replacement|repair|ectomy|plasty|c-section|stent)");
    /** Each said form, compiled once, with its name ("$0": the words as said). */
    private static final Map<Pattern, String> SAID = new LinkedHashMap<>();

    static {
        SURGERIES.forEach((k, v) -> SAID.put(Pattern.compile("(?i)\\b(?:" + k + ")\\b"), v));
    }

    private SurgeryReader() {
    }

    static List<HistoryItem> read(Utterance u) {
        List<HistoryItem> out = new ArrayList<>();
        String text = u.text();
        if (!SURGERY_CONTEXT.matcher(text).find()) {
            return out;
        }
        for (Map.Entry<Pattern, String> e : SAID.entrySet()) {
            Matcher m = e.getKey().matcher(text);
            if (!m.find() || Negation.of(text, m.start(), m.end()) != Presence.PRESENT) {
                continue;
            }
            String name = e.getValue().equals("$0") ? m.group().toLowerCase(Locale.ROOT) : e.getValue();
            String whose = Attribution.of(u, m.end() - 1);
            String named = Attribution.lastRelative(text.substring(0, m.start())); // "my brother… and he had a stent"
            whose = whose.equals(Attribution.SOMEONE_ELSE) && named != null ? named : whose;
            if (whose.equals(Attribution.PATIENT)) {
                out.add(new HistoryItem("surgical", name, null, Support.of(0.75, u.turn())));
            } else if (Kinship.bloodRelative(whose) && name.matches("stent placement|bypass surgery")) {
                // "my brother… had a stent put in at 62": heart disease in the family, not the patient's surgery
                out.add(new HistoryItem("family", "coronary " + name, whose, Support.of(0.75, u.turn())));
            }
        }
        return out;
    }
}
