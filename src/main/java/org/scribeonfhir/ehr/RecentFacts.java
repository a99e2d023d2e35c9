package org.scribeonfhir.ehr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.DateClientParam;
import ca.uhn.fhir.rest.gclient.IQuery;

/**
 * The newest facts of one kind, the same on every read. A server sorts only by date and cuts its page at
 * {@code _count}, so facts sharing the oldest timestamp of a full page (a lab panel resulted at one instant)
 * come back as a different subset each time; here that partial group is dropped, or, when the whole page
 * is one group, read in full and cut by a total order.
 */
final class RecentFacts {

    private static final Logger LOG = Logger.getLogger(RecentFacts.class);

    /** A fact and what orders it: when it was observed (null: undated) and the date as the EHR wrote it. */
    record Dated(ChartFact fact, Instant when, BaseDateTimeType written) {

        static Dated of(ChartFact fact, BaseDateTimeType written) {
            return new Dated(fact, VisitWindow.instant(written), written);
        }
    }

    /** Newest first, then by name, then by resource id; undated facts last. */
    static final Comparator<Dated> ORDER = Comparator
            .comparing(Dated::when, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(d -> Objects.toString(d.fact().label(), ""))
            .thenComparing(d -> Objects.toString(d.fact().reference(), ""));

    private RecentFacts() {
    }

    /**
     * Searches {@code type} newest first as of the visit ({@code date=le…} for the server, and the same
     * bound checked here because servers ignore what they do not support) and keeps the {@code count} newest.
     */
    static <T extends Resource> List<ChartFact> read(IGenericClient fhir, Class<T> type, VisitWindow window,
            DateClientParam date, int count, UnaryOperator<IQuery<Bundle>> query, Function<T, ChartFact> map,
            Function<T, BaseDateTimeType> when) {
        IQuery<Bundle> q = query.apply(fhir.search().forResource(type).returnBundle(Bundle.class));
        if (window.bounded()) {
            q = q.and(date.beforeOrEquals().second(window.searchValue()));
        }
        Bundle page = q.sort().descending(date).count(count).execute();
        List<T> found = EncounterReader.resources(page, type);
        boolean full = found.size() >= count || page.getLink(Bundle.LINK_NEXT) != null;
        return newest(dated(found, window, map, when), full, count, at -> {
            IQuery<Bundle> tie = query.apply(fhir.search().forResource(type).returnBundle(Bundle.class));
            tie = tie.and(at.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal()
                    ? date.exactly().second(at.getValueAsString()) : date.exactly().day(at.getValueAsString()));
            try {
                return dated(EncounterReader.resources(tie.count(count * 4).execute(), type), window, map, when);
            } catch (RuntimeException e) {
                // The page alone still gives a chart, if not always the same one.
                LOG.debugf("Reading the %s tied at one instant failed: %s", type.getSimpleName(),
                        EhrProblems.describe(e));
                return List.of();
            }
        });
    }

    private static <T> List<Dated> dated(List<T> found, VisitWindow window, Function<T, ChartFact> map,
            Function<T, BaseDateTimeType> when) {
        List<Dated> out = new ArrayList<>();
        for (T r : found) {
            BaseDateTimeType at = when.apply(r);
            ChartFact f = window.admits(at) ? map.apply(r) : null;
            if (f != null) {
                out.add(Dated.of(f, at));
            }
        }
        return out;
    }

    /**
     * @param page      what the server returned, already limited to the visit
     * @param pageFull  whether the server may have more than it returned (a full page or a next link)
     * @param count     how many to keep
     * @param wholeTie  reads every fact observed at the given date (the page's one timestamp)
     */
    static List<ChartFact> newest(List<Dated> page, boolean pageFull, int count,
            Function<BaseDateTimeType, List<Dated>> wholeTie) {
        List<Dated> sorted = new ArrayList<>(page);
        sorted.sort(ORDER);
        if (pageFull && !sorted.isEmpty()) {
            Instant oldest = sorted.get(sorted.size() - 1).when();
            List<Dated> complete = sorted.stream().filter(d -> d.when() != null && (oldest == null
                    || d.when().isAfter(oldest))).toList();
            if (!complete.isEmpty()) {
                sorted = complete;
            } else if (oldest != null) {
                // What the page had counts too, in case the server cannot search for one instant.
                Map<String, Dated> tie = new LinkedHashMap<>();
                for (Dated d : wholeTie.apply(sorted.get(0).written())) {
                    if (oldest.equals(d.when())) {
                        tie.putIfAbsent(d.fact().reference(), d);
                    }
                }
                sorted.forEach(d -> tie.putIfAbsent(d.fact().reference(), d));
                sorted = new ArrayList<>(tie.values());
                sorted.sort(ORDER);
            }
        }
        return sorted.stream().limit(count).map(Dated::fact).toList();
    }
}
