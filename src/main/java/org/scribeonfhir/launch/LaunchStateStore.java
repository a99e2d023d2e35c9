package org.scribeonfhir.launch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.storage.StorageProblems;

/** Pending launches in PostgreSQL, so any replica can finish a launch another one started. */
@ApplicationScoped
class LaunchStateStore {

    private final DataSource db;
    private final Clock clock;

    LaunchStateStore(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void save(PendingLaunch p) {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement("delete from launch_state where expires_at < ?")) {
                purge.setTimestamp(1, Timestamp.from(clock.instant().minusSeconds(3600)));
                purge.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into launch_state (state_hash, browser_hash, "
                    + "issuer_id, iss, launch, code_verifier, created_at, expires_at) values (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, p.stateHash());
                ps.setString(2, p.browserHash());
                ps.setString(3, p.issuerId());
                ps.setString(4, p.iss());
                ps.setString(5, p.launch());
                ps.setString(6, p.codeVerifier());
                ps.setTimestamp(7, Timestamp.from(p.createdAt()));
                ps.setTimestamp(8, Timestamp.from(p.expiresAt()));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    /** Removes and returns the pending launch: a state value works exactly once. */
    Optional<PendingLaunch> consume(String stateHash) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from launch_state where state_hash = ? returning "
                        + "state_hash, browser_hash, issuer_id, iss, launch, code_verifier, created_at, expires_at")) {
            ps.setString(1, stateHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PendingLaunch(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant()));
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }
}
