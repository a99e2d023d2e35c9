package org.scribeonfhir.drafting.visit;

/**
 * A diagnosis or problem the visit talked about.
 *
 * @param status    new, chronic, improving, worsening, stable, resolved or unknown
 * @param certainty confirmed, suspected, possible ("X is also possible"), ruled-out or hypothetical ("if … we'd
 *                  worry about …")
 * @param whose     "patient", or the relative it belongs to ("mother")
 * @param before    what the clinician said of it that goes before its name ("mild", "stage 2"), or null
 * @param after     what goes after it ("not at goal", "improving, not in remission", "flare"), or null
 */
public record Problem(String name, String status, String certainty, String whose, Support support, String before,
        String after) {

    public boolean patients() {
        return "patient".equals(whose);
    }
}
