package org.scribeonfhir.launch;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.storage.StorageProblems;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Server-side sessions in PostgreSQL; rows are keyed by the hash of the cookie value, tokens sealed. */
@ApplicationScoped
class SessionStore {

    /** An ended session is kept this long: text its browser sends meanwhile is kept under its practitioner. */
    static final Duration ENDED_KEPT = Duration.ofDays(1);

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SessionStore.class);

    private static final String COLUMNS = "id_hash, issuer_id, iss, token_response, access_expires_at, patient_id, "
            + "encounter_id, fhir_user, need_patient_banner, smart_style_url, granted_scope, csrf_token, expires_at";

    private final DataSource db;
    private final ObjectMapper json;
    private final TokenVault vault;
    private final Clock clock;

    SessionStore(DataSource db, ObjectMapper json, TokenVault vault, Clock clock) {
        this.db = db;
        this.json = json;
        this.vault = vault;
        this.clock = clock;
    }

    record Row(String idHash, String issuerId, String iss, TokenResponse tokens, Instant accessExpiresAt,
            String patientId, String encounterId, String fhirUser, boolean needPatientBanner, String smartStyleUrl,
            String grantedScope, String csrfToken, Instant expiresAt) {
    }

    void insert(Row r) {
        Instant now = clock.instant();
        try (Connection c = db.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement("delete from app_session where expires_at < ?")) {
                purge.setTimestamp(1, Timestamp.from(now.minus(ENDED_KEPT)));
                purge.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into app_session (" + COLUMNS
                    + ", created_at, last_seen_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, r.idHash());
                ps.setString(2, r.issuerId());
                ps.setString(3, r.iss());
                ps.setString(4, vault.seal(r.tokens().raw().toString(), r.idHash()));
                ps.setTimestamp(5, ts(r.accessExpiresAt()));
                ps.setString(6, r.patientId());
                ps.setString(7, r.encounterId());
                ps.setString(8, r.fhirUser());
                ps.setBoolean(9, r.needPatientBanner());
                ps.setString(10, r.smartStyleUrl());
                ps.setString(11, r.grantedScope());
                ps.setString(12, r.csrfToken());
                ps.setTimestamp(13, ts(r.expiresAt()));
                ps.setTimestamp(14, Timestamp.from(now));
                ps.setTimestamp(15, Timestamp.from(now));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    /** The live session, its idle expiry pushed forward; empty when unknown or expired. */
    Optional<Row> findAndTouch(String idHash, Instant newExpiry) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("update app_session set last_seen_at = ?, expires_at = ? "
                        + "where id_hash = ? and expires_at > ? returning " + COLUMNS)) {
            Instant now = clock.instant();
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(newExpiry));
            ps.setString(3, idHash);
            ps.setTimestamp(4, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    Optional<Row> find(String idHash) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from app_session where id_hash = ?")) {
            ps.setString(1, idHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    /**
     * Sets the encounter of a session that has none; false when the session is gone or already has one
     * (a launched or chosen encounter is never switched).
     */
    boolean assignEncounter(String idHash, String encounterId) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("update app_session set encounter_id = ? "
                        + "where id_hash = ? and encounter_id is null and expires_at > ?")) {
            ps.setString(1, encounterId);
            ps.setString(2, idHash);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    /**
     * Runs a token refresh while holding the session row, so two requests never spend the same
     * refresh token. The refresher sees the latest row and returns the new token response (or null).
     */
    Row refreshLocked(String idHash, java.util.function.Function<Row, TokenResponse> refresher) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                Row current;
                try (PreparedStatement ps = c.prepareStatement(
                        "select " + COLUMNS + " from app_session where id_hash = ? for update")) {
                    ps.setString(1, idHash);
                    try (ResultSet rs = ps.executeQuery()) {
                        current = rs.next() ? read(rs) : null;
                        if (current == null) {
                            c.rollback();
                            return null;
                        }
                    }
                }
                TokenResponse fresh = refresher.apply(current);
                if (fresh == null) {
                    c.rollback();
                    return current;
                }
                Instant expires = fresh.expiresIn().map(s -> clock.instant().plusSeconds(s)).orElse(null);
                try (PreparedStatement ps = c.prepareStatement("update app_session set token_response = ?, "
                        + "access_expires_at = ?, granted_scope = coalesce(?, granted_scope) where id_hash = ?")) {
                    ps.setString(1, vault.seal(fresh.raw().toString(), idHash));
                    ps.setTimestamp(2, ts(expires));
                    ps.setString(3, fresh.scope().orElse(null));
                    ps.setString(4, idHash);
                    ps.executeUpdate();
                }
                c.commit();
                return new Row(current.idHash(), current.issuerId(), current.iss(), fresh, expires,
                        current.patientId(), current.encounterId(), current.fhirUser(), current.needPatientBanner(),
                        current.smartStyleUrl(), fresh.scope().orElse(current.grantedScope()), current.csrfToken(),
                        current.expiresAt());
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    private Row read(ResultSet rs) throws SQLException {
        ObjectNode tokens;
        try {
            tokens = (ObjectNode) json.readTree(vault.open(rs.getString("token_response"), rs.getString("id_hash")));
        } catch (IOException | java.security.GeneralSecurityException e) {
            // Sealed with another key (the key was rotated) or altered: the session is unusable, as if ended.
            LOG.warnf("A session's tokens could not be unsealed (%s); the user must re-launch", e.getClass().getSimpleName());
            return null;
        }
        return new Row(rs.getString("id_hash"), rs.getString("issuer_id"), rs.getString("iss"),
                new TokenResponse(tokens), instant(rs, "access_expires_at"), rs.getString("patient_id"),
                rs.getString("encounter_id"), rs.getString("fhir_user"), rs.getBoolean("need_patient_banner"),
                rs.getString("smart_style_url"), rs.getString("granted_scope"), rs.getString("csrf_token"),
                instant(rs, "expires_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
