package org.scribeonfhir.drafting.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's topic said for the problem it treats: "for the blood pressure" is hypertension, "for the cholesterol"
 * hyperlipidemia. The extractors name problems with it and the checks accept the problem from it, so both agree.
 */
public final class PlanTopics {

    private static final Map<String, String> TOPICS = Map.of("blood pressure", "hypertension", "bp", "hypertension",
            "blood pressures", "hypertension", "cholesterol", "hyperlipidemia", "lipids", "hyperlipidemia");
    private static final Pattern SAID = Pattern.compile("(?i)\\b(?:for|about) (?:the|your|his|her) (blood pressures?|"
            + "bp|cholesterol|lipids)\\b");

    private PlanTopics() {
    }

    /** The condition a topic names ("blood pressure" → "hypertension"), or null. */
    public static String condition(String topic) {
        return TOPICS.get(topic.strip().toLowerCase(Locale.ROOT));
    }

    /** The topics that name a condition ("hypertension" → "blood pressure", "bp", …), longest first. */
    public static List<String> topics(String condition) {
        return TOPICS.entrySet().stream().filter(e -> e.getValue().equals(condition)).map(Map.Entry::getKey)
                .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b)).toList();
    }

    /** The conditions a text names by their plan topics ("for your blood pressure, …"). */
    public static List<String> conditions(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SAID.matcher(text);
        while (m.find()) {
            out.add(condition(m.group(1)));
        }
        return out;
    }
}
