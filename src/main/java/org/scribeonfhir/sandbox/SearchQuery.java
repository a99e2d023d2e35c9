package org.scribeonfhir.sandbox;

import java.util.List;
import java.util.Map;

/**
 * A parsed search: criteria (AND-ed; each one's values OR-ed), sort, page, and the parameters that
 * were applied, which become the Bundle's self link (parameters that were ignored never appear there).
 */
record SearchQuery(String type, List<Criterion> criteria, List<SortKey> sort, int count, int offset,
        List<Map.Entry<String, String>> applied) {

    /** @param modifier the part after ':' in the parameter name, or null */
    record Criterion(SearchParameters.Param param, String modifier, List<String> values) {
    }

    record SortKey(SearchParameters.Param param, boolean descending) {
    }
}
