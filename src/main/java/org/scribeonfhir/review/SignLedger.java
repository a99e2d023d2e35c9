package org.scribeonfhir.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.storage.StorageProblems;
import org.scribeonfhir.writeback.NoteWriter;

/**
 * A draft's road to the chart: ready, signed, then written (with its sign-time metrics) or failed. Each step
 * is guarded by state and version in SQL, so a stale or repeated request changes nothing.
 */
@ApplicationScoped
class SignLedger {

    private final DataSource db;
    private final Clock clock;

    SignLedger(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    boolean markReady(UUID id, int version, String by) {
        return update("update draft set state = 'ready-for-signature', ready_by = ?, ready_at = ? "
                + "where id = ? and version = ? and state in ('drafted','edited','write-failed','ready-for-signature')",
                ps -> {
                    ps.setString(1, by);
                    ps.setTimestamp(2, Timestamp.from(clock.instant()));
                    ps.setObject(3, id);
                    ps.setInt(4, version);
                }) == 1;
    }

    /** Records the signature before the write, so a failed write leaves a signed, retryable draft. */
    boolean markSigned(UUID id, int version, String signer, String attestation) {
        return update("update draft set state = 'signed', signed_by = ?, signed_at = ?, attestation = ?, "
                + "write_error = null where id = ? and version = ? and state not in ('signed','written')", ps -> {
                    ps.setString(1, signer);
                    ps.setTimestamp(2, Timestamp.from(clock.instant()));
                    ps.setString(3, attestation);
                    ps.setObject(4, id);
                    ps.setInt(5, version);
                }) == 1;
    }

    void markWritten(UUID id, NoteWriter.Written written, List<SectionMetrics> metrics) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("update draft set state = 'written', written_reference = ?, "
                    + "write_error = null, updated_at = ? where id = ?")) {
                ps.setString(1, written.reference());
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                ps.setObject(3, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into note_provenance (draft_id, provenance, "
                    + "reference, problem, recorded_at) values (?, ?::jsonb, ?, ?, ?) on conflict (draft_id) do update "
                    + "set provenance = excluded.provenance, reference = excluded.reference, problem = excluded.problem, "
                    + "recorded_at = excluded.recorded_at")) {
                ps.setObject(1, id);
                ps.setString(2, written.provenanceJson());
                ps.setString(3, written.provenanceReference());
                ps.setString(4, written.provenanceProblem());
                ps.setTimestamp(5, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into draft_metrics (draft_id, section, model_chars, "
                    + "signed_chars, edit_distance, statements_drafted, statements_deleted, statements_added, "
                    + "launch_to_sign_ms, signed_by, signed_at) values (?,?,?,?,?,?,?,?,?,?,?) "
                    + "on conflict (draft_id, section) do nothing")) {
                for (SectionMetrics m : metrics) {
                    ps.setObject(1, id);
                    ps.setString(2, m.section());
                    ps.setInt(3, m.modelChars());
                    ps.setInt(4, m.signedChars());
                    ps.setInt(5, m.editDistance());
                    ps.setInt(6, m.statementsDrafted());
                    ps.setInt(7, m.statementsDeleted());
                    ps.setInt(8, m.statementsAdded());
                    ps.setLong(9, m.launchToSignMillis());
                    ps.setString(10, m.signedBy());
                    ps.setTimestamp(11, Timestamp.from(m.signedAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    void markWriteFailed(UUID id, String error) {
        update("update draft set state = 'write-failed', write_error = ?, updated_at = ? where id = ?", ps -> {
            ps.setString(1, error);
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setObject(3, id);
        });
    }

    private int update(String sql, SqlBinder binder) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }
}
