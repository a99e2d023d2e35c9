package org.scribeonfhir.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Launch contexts, codes and tokens in PostgreSQL, keyed by the SHA-256 of their value, so a
 * restart keeps them valid and a database dump reveals no usable token.
 */
@ApplicationScoped
class GrantStore {

    private static final String COLUMNS = "kind, family, client_id, redirect_uri, scope, state, code_challenge, nonce,"
            + " browser_hash, practitioner_id, patient_id, encounter_id, expires_at";

    private final DataSource dataSource;
    private final Clock clock;

    GrantStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Stores the row for a new secret value under the value's hash. */
    void insert(String value, GrantRow row) {
        update("insert into sandbox.auth_grant (token_hash, " + COLUMNS + ", created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", SandboxSecrets.sha256Hex(value), row.kind(),
                row.family(), row.clientId(), row.redirectUri(), row.scope(), row.state(), row.codeChallenge(),
                row.nonce(), row.browserHash(), row.practitionerId(), row.patientId(), row.encounterId(),
                Timestamp.from(row.expiresAt()), Timestamp.from(clock.instant()));
    }

    /** A live (unexpired, unrevoked, unconsumed) row of the given kind. */
    Optional<GrantRow> findLive(String kind, String value) {
        return select("select " + COLUMNS + " from sandbox.auth_grant where token_hash = ? and kind = ?"
                + " and revoked_at is null and consumed_at is null and expires_at > ?",
                SandboxSecrets.sha256Hex(value), kind, Timestamp.from(clock.instant()));
    }

    /**
     * Uses up a single-use row atomically: two concurrent token requests with one code cannot both
     * win. Returns what the row held, whether or not it was still usable.
     */
    Consumed consume(String kind, String value) {
        String hash = SandboxSecrets.sha256Hex(value);
        Instant now = clock.instant();
        Optional<GrantRow> won = select("update sandbox.auth_grant set consumed_at = ? where token_hash = ? and kind = ?"
                + " and consumed_at is null and revoked_at is null and expires_at > ? returning " + COLUMNS,
                Timestamp.from(now), hash, kind, Timestamp.from(now));
        if (won.isPresent()) {
            return new Consumed(won.get(), true);
        }
        return new Consumed(select("select " + COLUMNS + " from sandbox.auth_grant where token_hash = ? and kind = ?",
                hash, kind).orElse(null), false);
    }

    /** Whether the row was already consumed before (a replay), as opposed to expired or unknown. */
    boolean wasConsumed(String kind, String value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select consumed_at is not null from sandbox.auth_grant where token_hash = ? and kind = ?")) {
            SandboxStore.bind(ps, SandboxSecrets.sha256Hex(value), kind);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw SandboxStore.storageFailed(e);
        }
    }

    /** Revokes everything issued from one authorization (on code or refresh-token replay). */
    int revokeFamily(String family) {
        return update("update sandbox.auth_grant set revoked_at = ? where family = ? and revoked_at is null",
                Timestamp.from(clock.instant()), family);
    }

    /** Forgets rows that expired more than a day ago; the day keeps replays recognisable for a while. */
    int purgeExpired() {
        return update("delete from sandbox.auth_grant where expires_at < ?",
                Timestamp.from(clock.instant().minusSeconds(86_400)));
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            SandboxStore.bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw SandboxStore.storageFailed(e);
        }
    }

    private Optional<GrantRow> select(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            SandboxStore.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new GrantRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant()));
            }
        } catch (SQLException e) {
            throw SandboxStore.storageFailed(e);
        }
    }

    record Consumed(GrantRow row, boolean fresh) {
    }
}
