package org.scribeonfhir.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

import org.scribeonfhir.sandbox.SearchParameters.Kind;
import org.scribeonfhir.sandbox.SearchParameters.Param;
import org.scribeonfhir.sandbox.SearchQuery.Criterion;
import org.scribeonfhir.sandbox.SearchQuery.SortKey;

/**
 * FHIR search over the stored resources: parses the query, matches in memory (the sandbox holds a
 * few hundred synthetic resources, so clarity beats SQL cleverness), sorts, pages and builds the
 * searchset Bundle.
 */
@ApplicationScoped
class FhirSearch {

    /** Result parameters that change nothing about which resources match. */
    private static final Set<String> HARMLESS = Set.of("_format", "_pretty", "_total");

    private final SandboxRecords records;
    private final SandboxConfig config;
    private final SandboxUrls urls;
    private final Clock clock;

    FhirSearch(SandboxRecords records, SandboxConfig config, SandboxUrls urls, Clock clock) {
        this.records = records;
        this.config = config;
        this.urls = urls;
        this.clock = clock;
    }

    /**
     * @param strict {@code Prefer: handling=strict}: an unknown parameter is a 400 instead of being ignored
     */
    SearchQuery parse(String type, Map<String, List<String>> params, boolean strict) {
        List<Criterion> criteria = new ArrayList<>();
        List<SortKey> sort = new ArrayList<>();
        List<Map.Entry<String, String>> applied = new ArrayList<>();
        int count = config.defaultPageSize();
        int offset = 0;
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String name = p.getKey();
            for (String value : p.getValue()) {
                if (HARMLESS.contains(name)) {
                    continue;
                }
                if (name.equals("_count")) {
                    count = Math.min(nonNegative(name, value), config.maxPageSize());
                } else if (name.equals("_offset")) {
                    offset = nonNegative(name, value);
                } else if (name.equals("_sort")) {
                    List<SortKey> keys = sortKeys(type, value, strict);
                    if (!keys.isEmpty()) {
                        sort.addAll(keys);
                        applied.add(Map.entry(name, keys.stream()
                                .map(k -> (k.descending() ? "-" : "") + k.param().name()).collect(Collectors.joining(","))));
                    }
                } else {
                    Criterion c = criterion(type, name, value, strict);
                    if (c != null) {
                        criteria.add(c);
                        applied.add(Map.entry(name, value));
                    }
                }
            }
        }
        return new SearchQuery(type, criteria, sort, count, offset, applied);
    }

    /** Every live resource of the type that matches, sorted, before paging. */
    List<Resource> matching(SearchQuery query, String patientId, Predicate<Resource> visible) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : records.all(query.type(), patientId)) {
            if (visible.test(r) && query.criteria().stream().allMatch(c -> SearchMatching.matches(r, c))) {
                out.add(r);
            }
        }
        if (!query.sort().isEmpty()) {
            out.sort(SearchMatching.order(query.sort()));
        }
        return out;
    }

    /**
     * @param patientId when set, only that patient's compartment is read from the store
     * @param visible   what the caller may see; applied before counting, so {@code total} never leaks
     */
    Bundle search(SearchQuery query, String patientId, Predicate<Resource> visible) {
        List<Resource> all = matching(query, patientId, visible);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(all.size());
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(Date.from(clock.instant()));
        bundle.addLink().setRelation("self").setUrl(link(query, query.offset()));
        if (query.count() > 0 && query.offset() + query.count() < all.size()) {
            bundle.addLink().setRelation("next").setUrl(link(query, query.offset() + query.count()));
        }
        if (query.offset() > 0 && query.count() > 0) {
            bundle.addLink().setRelation("previous").setUrl(link(query, Math.max(0, query.offset() - query.count())));
        }
        for (Resource r : all.subList(Math.min(query.offset(), all.size()),
                Math.min(query.offset() + query.count(), all.size()))) {
            bundle.addEntry().setFullUrl(urls.resource(r.fhirType(), r.getIdElement().getIdPart())).setResource(r)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    static Criterion criterion(String type, String name, String value, boolean strict) {
        int colon = name.indexOf(':');
        String base = colon < 0 ? name : name.substring(0, colon);
        String modifier = colon < 0 ? null : name.substring(colon + 1);
        Param param = SearchParameters.find(type, base).orElse(null);
        if (param == null || !modifierAllowed(param, modifier)) {
            if (strict) {
                throw OperationOutcomes.badRequest("Unknown or unsupported search parameter '" + name + "' for " + type
                        + " (Prefer: handling=strict).");
            }
            return null;
        }
        List<String> values = Arrays.stream(value.split("(?<!\\\\),")).map(v -> v.replace("\\,", ","))
                .filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            return null;
        }
        if (param.kind() == Kind.DATE) {
            values.forEach(DateQuery::parse);
        }
        return new Criterion(param, modifier, values);
    }

    private static boolean modifierAllowed(Param p, String modifier) {
        if (modifier == null || modifier.equals("missing")) {
            return true;
        }
        return switch (p.kind()) {
            case TOKEN -> modifier.equals("not");
            case STRING -> modifier.equals("exact") || modifier.equals("contains");
            case REFERENCE -> SearchParameters.TYPES.contains(modifier);
            case DATE -> false;
        };
    }

    private static List<SortKey> sortKeys(String type, String value, boolean strict) {
        List<SortKey> keys = new ArrayList<>();
        for (String raw : value.split(",")) {
            boolean descending = raw.startsWith("-");
            String name = descending ? raw.substring(1) : raw;
            Param p = SearchParameters.find(type, name).orElse(null);
            if (p == null || (p.kind() != Kind.DATE && !name.equals("_id"))) {
                if (strict) {
                    throw OperationOutcomes.badRequest("Cannot sort " + type + " by '" + name + "'.");
                }
                continue;
            }
            keys.add(new SortKey(p, descending));
        }
        return keys;
    }

    private String link(SearchQuery query, int offset) {
        StringBuilder url = new StringBuilder(urls.fhirBase()).append('/').append(query.type());
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : query.applied()) {
            parts.add(enc(e.getKey()) + "=" + enc(e.getValue()));
        }
        parts.add("_count=" + query.count());
        if (offset > 0) {
            parts.add("_offset=" + offset);
        }
        return url.append('?').append(String.join("&", parts)).toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("%7C", "|")
                .replace("%2F", "/").replace("%3A", ":");
    }

    private static int nonNegative(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OperationOutcomes.badRequest("Search parameter " + name + " must be a non-negative integer.");
    }
}
