package org.scribeonfhir.sandbox;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.hl7.fhir.r4.model.Resource;

import org.scribeonfhir.sandbox.SearchParameters.DateRange;
import org.scribeonfhir.sandbox.SearchParameters.Param;
import org.scribeonfhir.sandbox.SearchParameters.Token;
import org.scribeonfhir.sandbox.SearchQuery.Criterion;
import org.scribeonfhir.sandbox.SearchQuery.SortKey;

/** FHIR search semantics on one resource: whether it matches a criterion, and how results sort. */
final class SearchMatching {

    private SearchMatching() {
    }

    /** Whether one resource satisfies a criterion; also used to check scopes with query parameters. */
    static boolean matches(Resource r, Criterion c) {
        List<Object> values = c.param().values().apply(r);
        if ("missing".equals(c.modifier())) {
            return values.isEmpty() == Boolean.parseBoolean(c.values().get(0));
        }
        boolean any = c.values().stream().anyMatch(v -> values.stream().anyMatch(actual -> matchOne(c, actual, v)));
        return "not".equals(c.modifier()) != any;
    }

    private static boolean matchOne(Criterion c, Object actual, String wanted) {
        return switch (c.param().kind()) {
            case TOKEN -> token((Token) actual, wanted);
            case REFERENCE -> reference(c, (String) actual, wanted);
            case STRING -> string(c.modifier(), (String) actual, wanted);
            case DATE -> DateQuery.parse(wanted).matches((DateRange) actual);
        };
    }

    private static boolean token(Token actual, String wanted) {
        int bar = wanted.indexOf('|');
        if (bar < 0) {
            return wanted.equals(actual.code());
        }
        String system = wanted.substring(0, bar);
        String code = wanted.substring(bar + 1);
        boolean systemOk = system.isEmpty() ? actual.system() == null || actual.system().isEmpty()
                : system.equals(actual.system());
        return systemOk && (code.isEmpty() || code.equals(actual.code()));
    }

    /** Accepts {@code 123}, {@code Patient/123} and absolute URLs; compares type and id. */
    private static boolean reference(Criterion c, String actual, String wanted) {
        String[] a = lastTwo(actual);
        String[] w = lastTwo(wanted);
        String wantedType = w[0] != null ? w[0] : c.modifier() != null ? c.modifier() : c.param().target();
        return a[1].equals(w[1]) && (wantedType == null || wantedType.equals(a[0]));
    }

    private static String[] lastTwo(String reference) {
        String[] parts = reference.split("/");
        if (parts.length >= 4 && "_history".equals(parts[parts.length - 2])) {
            parts = Arrays.copyOf(parts, parts.length - 2);
        }
        return parts.length >= 2 ? new String[] {parts[parts.length - 2], parts[parts.length - 1]}
                : new String[] {null, parts[parts.length - 1]};
    }

    private static boolean string(String modifier, String actual, String wanted) {
        if ("exact".equals(modifier)) {
            return actual.equals(wanted);
        }
        String a = actual.toLowerCase(Locale.ROOT);
        String w = wanted.toLowerCase(Locale.ROOT);
        return "contains".equals(modifier) ? a.contains(w) : a.startsWith(w);
    }

    static Comparator<Resource> order(List<SortKey> keys) {
        Comparator<Resource> result = null;
        for (SortKey k : keys) {
            Comparator<Resource> c = Comparator.comparing(r -> sortValue(k.param(), r),
                    Comparator.nullsLast(k.descending() ? Comparator.<String>reverseOrder() : Comparator.<String>naturalOrder()));
            result = result == null ? c : result.thenComparing(c);
        }
        return result;
    }

    /** Dates sort by their first instant (ISO text sorts like time); ids sort as text. */
    private static String sortValue(Param p, Resource r) {
        List<Object> values = p.values().apply(r);
        if (values.isEmpty()) {
            return null;
        }
        Object v = values.get(0);
        return v instanceof DateRange d ? d.start().toString() : v instanceof Token t ? t.code() : v.toString();
    }
}
