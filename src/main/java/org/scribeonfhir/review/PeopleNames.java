package org.scribeonfhir.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.ehr.PeopleReader;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.storage.StorageProblems;

/**
 * Who is who (person_name): each launch records its user's name, read from the EHR, so that everyone who ever
 * saved, accepted or signed a draft has a name on record without Scribe reading other people's records.
 */
@ApplicationScoped
class PeopleNames {

    /** A name is read again after this long (people change names and titles, rarely). */
    private static final Duration FRESH = Duration.ofDays(1);

    private final DataSource db;
    private final PeopleReader reader;
    private final Clock clock;

    PeopleNames(DataSource db, PeopleReader reader, Clock clock) {
        this.db = db;
        this.reader = reader;
        this.clock = clock;
    }

    /** Reads and stores the launching user's name, unless a fresh one is on record. */
    void remember(LaunchSession session) {
        if (session.fhirUser() == null || knownSince(session.iss(), session.fhirUser())) {
            return;
        }
        reader.userName(session).ifPresent(name -> store(session.iss(), session.fhirUser(), name));
    }

    People of(String iss, Collection<String> references) {
        String[] refs = references.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (refs.length == 0) {
            return People.NONE;
        }
        Map<String, String> names = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select reference, name from person_name where iss = ? and reference = any (?)")) {
            ps.setString(1, iss);
            ps.setArray(2, c.createArrayOf("text", refs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
        return new People(names);
    }

    /** The people a draft's page names: who saved, marked ready, signed and accepted. */
    People of(Draft draft, Collection<String> more) {
        List<String> refs = new ArrayList<>(more);
        refs.add(draft.updatedBy());
        refs.add(draft.readyBy());
        refs.add(draft.signedBy());
        draft.accepted().forEach(a -> refs.add(a.by()));
        draft.acknowledged().forEach(a -> refs.add(a.by()));
        return of(draft.iss(), refs);
    }

    private boolean knownSince(String iss, String reference) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select 1 from person_name where iss = ? and reference = ? and updated_at > ?")) {
            ps.setString(1, iss);
            ps.setString(2, reference);
            ps.setTimestamp(3, Timestamp.from(clock.instant().minus(FRESH)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    private void store(String iss, String reference, String name) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into person_name "
                + "(iss, reference, name, updated_at) values (?,?,?,?) on conflict (iss, reference) do update set "
                + "name = excluded.name, updated_at = excluded.updated_at")) {
            ps.setString(1, iss);
            ps.setString(2, reference);
            ps.setString(3, name.length() > 200 ? name.substring(0, 200) : name);
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }
}
