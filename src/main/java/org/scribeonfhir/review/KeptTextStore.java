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
import java.util.LinkedHashMap;
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
 * Text typed after a session ended, kept for the browser that typed it until its next launch (pending_edit).
 * Anyone with a draft id can send such text, session or not, so what one browser can leave is bounded: no
 * more than a note holds (checked by the callers), {@link #PER_BROWSER} drafts' worth, and no longer than a
 * session lasts, after which the browser cookie it belongs to has expired and nobody could claim it.
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

    /** One per draft and browser; purges what has outlived a session on the way (there is no scheduler). */
    void keep(UUID id, String browserHash, int baseVersion, Map<String, String> sections) {
        Instant now = clock.instant();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("delete from pending_edit where created_at < ?")) {
                    ps.setTimestamp(1, Timestamp.from(now.minus(lifetime)));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("insert into pending_edit (draft_id, browser_hash, "
                        + "base_version, sections, created_at) values (?,?,?,?::jsonb,?) on conflict (draft_id, "
                        + "browser_hash) do update set base_version = excluded.base_version, "
                        + "sections = excluded.sections, created_at = excluded.created_at")) {
                    ps.setObject(1, id);
                    ps.setString(2, browserHash);
                    ps.setInt(3, baseVersion);
                    ps.setString(4, json.writeValueAsString(sections));
                    ps.setTimestamp(5, Timestamp.from(now));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("delete from pending_edit where browser_hash = ? "
                        + "and draft_id not in (select draft_id from pending_edit where browser_hash = ? "
                        + "order by created_at desc, draft_id limit ?)")) {
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

    /** Removes and returns the text kept for this browser, unless it has outlived a session. */
    Optional<Kept> take(UUID id, String browserHash) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("delete from pending_edit "
                + "where draft_id = ? and browser_hash = ? returning base_version, sections, created_at")) {
            ps.setObject(1, id);
            ps.setString(2, browserHash);
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
}
