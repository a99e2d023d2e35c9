package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Support;

/** One problem of the plan and its lines. */
final class ProblemBlock {
    String name;
    final String certainty;
    Support support;
    final int start;
    final List<PlanItem> items = new ArrayList<>();

    ProblemBlock(String name, String certainty, Support support, int start) {
        this.name = name;
        this.certainty = certainty;
        this.support = support;
        this.start = start;
    }

    /** The same problem, an exacerbation of it included ("Osteoarthritis exacerbation" is "Osteoarthritis"'s). */
    boolean named(String other) {
        return key(name).equalsIgnoreCase(key(other));
    }

    private static String key(String problem) {
        return problem.replaceFirst("(?i) exacerbation$", "");
    }

    /** The same line already under it (a test ordered twice is one line of the whole plan: {@link #test}). */
    boolean has(PlanItem item) {
        return item.text() != null && items.stream().anyMatch(i -> item.text().equalsIgnoreCase(i.text()));
    }

    /** The test a line orders: "Order blood tests.", "Order a blood test." and "Repeat A1c in 6 months" by name. */
    static String test(String line) {
        return line.replaceAll("^(?:Order|Repeat) (?:an? )?", "").replaceAll(" (?:in|today|this|next) .*| today\\.$|\\.$",
                "").replaceFirst("(?<=[a-z])s$", "");
    }

    /** Named after a symptom ("back pain"), not a diagnosis: a diagnosis said next replaces it. */
    boolean complaint(Context c) {
        return c.vocabulary.lookup(Term.Kind.SYMPTOM, name) != null;
    }

    String status() {
        for (PlanItem i : items) {
            String t = i.text() == null ? "" : i.text().toLowerCase(Locale.ROOT);
            if (t.matches("(?s).*\\b(?:if|not|unless|call)\\b.*")) {
                continue;
            }
            if (t.matches(".*\\b(?:well[- ]controlled|under control|stable|doing well)\\b.*")) {
                return "stable";
            }
            if (t.matches(".*\\b(?:worse|worsening|uncontrolled|not controlled)\\b.*")) {
                return "worsening";
            }
            if (t.matches(".*\\b(?:improving|improved|better)\\b.*")) {
                return "improving";
            }
        }
        return "unknown";
    }
}
