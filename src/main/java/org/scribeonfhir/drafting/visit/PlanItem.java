package org.scribeonfhir.drafting.visit;

/**
 * One line of the plan.
 *
 * @param problem    the problem it belongs to, or null for the visit as a whole
 * @param kind       reasoning, medication, test, referral, procedure, counselling, follow-up, precautions,
 *                   agreement
 * @param medication the order, for kind medication
 */
public record PlanItem(String problem, String kind, String text, Medication medication, Support support) {

    public PlanItem withProblem(String p) {
        return new PlanItem(p, kind, text, medication, support);
    }
}
