package org.scribeonfhir.drafting.visit;

/**
 * Past medical, surgical, family or social history.
 *
 * @param kind     medical, surgical, family or social
 * @param relative for family history, who ("mother")
 */
public record HistoryItem(String kind, String text, String relative, Support support) {
}
