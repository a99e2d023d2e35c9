package org.scribeonfhir.drafting.visit;

import java.util.List;

/**
 * A symptom of the patient's, in clinical terms, with what was said about it. Null attributes were not said.
 *
 * @param name      the clinical term ("urinary frequency"); {@code said} is the patient's own words
 * @param system    the review-of-systems heading it belongs under
 * @param severity  "7/10", "mild", "severe"
 * @param radiation where it spreads ("to the left arm"), or null
 */
public record Symptom(String name, String said, Presence presence, String system, String onset, String duration,
        String site, String laterality, String character, String severity, String timing, String radiation,
        List<String> aggravating, List<String> relieving, Support support) {

    public Symptom {
        aggravating = List.copyOf(aggravating);
        relieving = List.copyOf(relieving);
    }

    public boolean present() {
        return presence == Presence.PRESENT;
    }

    /** The name with its side where a note puts it: "right knee pain", "tingling of the right foot". */
    public String sidedName() {
        if (laterality == null || name.startsWith(laterality)) {
            return name;
        }
        if (name.equals("headache") && laterality.matches("left|right")) {
            return laterality + "-sided headache"; // a head has no "left headache"
        }
        int of = name.indexOf(" of the ");
        return of > 0 && laterality.matches("left|right") && !name.contains(" of the " + laterality)
                ? name.substring(0, of) + " of the " + laterality + " " + name.substring(of + " of the ".length())
                : laterality + " " + name;
    }
}
