package org.scribeonfhir.drafting.visit;

/**
 * A diagnosis or problem the visit talked about.
 *
 * @param status    new, chronic, improving, worsening, stable, resolved or unknown
 * @param certainty confirmed, suspected, possible ("X is also possible"), ruled-out or hypothetical ("if … we'd
 *                  worry about …")
 * @param whose     "patient", or the relative it belongs to ("mother")
 */
public record Problem(String name, String status, String certainty, String whose, Support support) {

    public boolean patients() {
        return "patient".equals(whose);
    }
}
