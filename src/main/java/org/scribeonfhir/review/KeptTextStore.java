package org.scribeonfhir.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.launch.LaunchConfig;
import org.scribeonfhir.storage.StorageProblems;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Text typed after a session ended, kept for the browser that typed it and the practitioner whose session it
 * was, until that person's next launch there (pending_edit). Only a browser with an ended session of the
 * draft's visit can leave text, and what it can leave is bounded: no more than a note holds (checked by the
 * callers), {@link #PER_BROWSER} drafts' worth, and no longer than a session lasts.
 */
@ApplicationScoped
class KeptTextStore {

    /** A clinician rarely has more drafts open at once; a browser's oldest kept text gives way to its newest. */
    static final int PER_BROWSER = 5;
    private static final TypeReference<LinkedHashMap<String, String>> SECTIONS = new TypeReference<>() { };

    private final DataSource db;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration lifetime;

    KeptTextStore(DataSource db, ObjectMapper json, Clock clock, LaunchConfig launch) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.lifetime = launch.sessionTtl();
    }

    record Kept(int baseVersion, LinkedHashMap<String, String> sections, Instant keptAt) {
    }

    /** Text kept for someone else: who typed it (their fhirUser, or empty when the EHR named nobody) and when. */
    record HeldFor(String author, Instant keptAt) {
    }

    /** One per draft, browser and author; purges what has outlived a session on the way (there is no scheduler). */
    void keep(UUID id, String browserHash, String author, int baseVersion, Map<String, String> sections) {
        Instant now = clock.instant();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("delete from pending_edit where created_at < ?")) {
                    ps.setTimestamp(1, Timestamp.from(now.minus(lifetime)));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("insert into pending_edit (draft_id, browser_hash, "
                        + "author, base_version, sections, created_at) values (?,?,?,?,?::jsonb,?) on conflict "
                        + "(draft_id, browser_hash, author) do update set base_version = excluded.base_version, "
                        + "sections = excluded.sections, created_at = excluded.created_at")) {
                    ps.setObject(1, id);
                    ps.setString(2, browserHash);
                    ps.setString(3, authorKey(author));
                    ps.setInt(4, baseVersion);
                    ps.setString(5, json.writeValueAsString(sections));
                    ps.setTimestamp(6, Timestamp.from(now));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("delete from pending_edit where browser_hash = ? "
                        + "and (draft_id, author) not in (select draft_id, author from pending_edit where browser_hash = ? "
                        + "order by created_at desc, draft_id, author limit ?)")) {
                    ps.setString(1, browserHash);
                    ps.setString(2, browserHash);
                    ps.setInt(3, PER_BROWSER);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands the text kept for one browser key to its successor (the launch issued a new cookie). */
    void move(String fromBrowserHash, String toBrowserHash) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("update pending_edit set browser_hash = ? "
                        + "where browser_hash = ?")) {
            ps.setString(1, toBrowserHash);
            ps.setString(2, fromBrowserHash);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    /** Removes and returns the text this author kept in this browser, unless it has outlived a session. */
    Optional<Kept> take(UUID id, String browserHash, String author) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("delete from pending_edit "
                + "where draft_id = ? and browser_hash = ? and author = ? returning base_version, sections, created_at")) {
            ps.setObject(1, id);
            ps.setString(2, browserHash);
            ps.setString(3, authorKey(author));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Instant at = rs.getTimestamp(3).toInstant();
                if (at.isBefore(clock.instant().minus(lifetime))) {
                    return Optional.empty();
                }
                return Optional.of(new Kept(rs.getInt(1), json.readValue(rs.getString(2), SECTIONS), at));
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text others kept for this draft in this browser, newest first; left in place for its authors. */
    List<HeldFor> heldForOthers(UUID id, String browserHash, String author) {
        List<HeldFor> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select author, created_at "
                + "from pending_edit where draft_id = ? and browser_hash = ? and author <> ? and created_at >= ? "
                + "order by created_at desc")) {
            ps.setObject(1, id);
            ps.setString(2, browserHash);
            ps.setString(3, authorKey(author));
            ps.setTimestamp(4, Timestamp.from(clock.instant().minus(lifetime)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HeldFor(rs.getString(1), rs.getTimestamp(2).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
        return out;
    }

    /** A launch whose EHR named no user still keeps its text, under "nobody in particular". */
    private static String authorKey(String author) {
        return author == null ? "" : author;
    }
}
