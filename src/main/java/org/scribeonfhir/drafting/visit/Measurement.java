package org.scribeonfhir.drafting.visit;

/**
 * A vital sign or lab value said with its measurement context (a name, a unit or the chart's Observation).
 *
 * @param kind vital or lab; {@code when} a relative date as said ("4 months ago"), or the chart's date
 */
public record Measurement(String name, String value, String unit, String kind, String when, Support support) {
}
