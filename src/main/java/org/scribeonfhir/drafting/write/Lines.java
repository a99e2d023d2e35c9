package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.Support;

/** Small wording helpers shared by the section writers. */
final class Lines {

    private Lines() {
    }

    static Statement statement(String text, Support support) {
        return new Statement(text, Math.round(Math.min(1, support.confidence()) * 100) / 100.0, support.evidence());
    }

    /** "a", "a and b", "a, b, and c". */
    static String list(Collection<String> items, String conjunction) {
        List<String> l = new ArrayList<>(items);
        int said = l.size();
        // "numbness of the foot", "tingling of the foot" → "numbness or tingling of the foot"
        for (int i = 0; i + 1 < l.size(); i++) {
            java.util.regex.Matcher a = SITED.matcher(l.get(i));
            java.util.regex.Matcher b = SITED.matcher(l.get(i + 1));
            if (a.matches() && b.matches() && a.group(2).equals(b.group(2))) {
                l.set(i, a.group(1) + " " + conjunction + " " + b.group(1) + " of " + a.group(2));
                l.remove(i + 1);
            }
        }
        if (l.isEmpty()) {
            return "";
        }
        if (l.size() == 1) {
            return l.get(0);
        }
        if (l.size() == 2) { // "numbness or tingling of the foot, or knee pain"
            return l.get(0) + (said > 2 ? ", " : " ") + conjunction + " " + l.get(1);
        }
        return String.join(", ", l.subList(0, l.size() - 1)) + ", " + conjunction + " " + l.get(l.size() - 1);
    }

    private static final java.util.regex.Pattern SITED = java.util.regex.Pattern.compile("([a-z]+) of (the [a-z ]+)");

    static String capital(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String lowerFirst(String s) {
        if (s == null || s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String subject(Pronouns p) {
        return capital(p.subject());
    }

    static String period(String s) {
        String t = s.strip().replaceAll("[,;:\\s]+$", "");
        return t.endsWith(".") ? t : t + ".";
    }

    /** Supports together; null when there are none. */
    static Support join(List<Support> supports) {
        Support all = null;
        for (Support s : supports) {
            if (s != null) {
                all = all == null ? s : all.and(s);
            }
        }
        return all;
    }
}
