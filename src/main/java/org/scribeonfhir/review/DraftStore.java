package org.scribeonfhir.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.storage.StorageProblems;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Drafts and their saved versions in PostgreSQL. */
@ApplicationScoped
class DraftStore {

    private static final String COLUMNS = "id, iss, patient_id, encounter_id, state, version, model_draft, sections, "
            + "context, transcript, transcript_source, updated_by, updated_at, signed_by, signed_at, "
            + "written_reference, write_error";

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource db;
    private final ObjectMapper json;
    private final Clock clock;

    DraftStore(DataSource db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    Optional<Draft> find(UUID id) {
        return queryOne("select " + COLUMNS + " from draft where id = ?", ps -> ps.setObject(1, id));
    }

    /** The encounter's open draft, or else its most recently written one. */
    Optional<Draft> latestFor(String iss, String patientId, String encounterId) {
        return queryOne("select " + COLUMNS + " from draft where iss = ? and patient_id = ? and encounter_id = ? "
                + "order by (state <> 'written') desc, updated_at desc limit 1", ps -> {
                    ps.setString(1, iss);
                    ps.setString(2, patientId);
                    ps.setString(3, encounterId);
                });
    }

    Draft create(String iss, String patientId, String encounterId, DraftNote model, EncounterContext context,
            String by) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        LinkedHashMap<String, String> sections = new LinkedHashMap<>(model.texts());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into draft (id, iss, patient_id, encounter_id, "
                    + "state, version, model_draft, sections, context, transcript, transcript_source, created_by, "
                    + "updated_by, created_at, updated_at) values (?,?,?,?,'drafted',1,?::jsonb,?::jsonb,?::jsonb,?,?,?,?,?,?)")) {
                ps.setObject(1, id);
                ps.setString(2, iss);
                ps.setString(3, patientId);
                ps.setString(4, encounterId);
                ps.setString(5, write(model));
                ps.setString(6, write(sections));
                ps.setString(7, write(context));
                ps.setString(8, context.transcript());
                ps.setString(9, context.transcriptSource());
                ps.setString(10, by);
                ps.setString(11, by);
                ps.setTimestamp(12, Timestamp.from(now));
                ps.setTimestamp(13, Timestamp.from(now));
                ps.executeUpdate();
            }
            insertVersion(c, id, 1, sections, by, now);
            c.commit();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // A second launch of the same encounter made the draft a moment ago: use that one.
                return latestFor(iss, patientId, encounterId).orElseThrow(() -> StorageProblems.unavailable(e));
            }
            throw StorageProblems.unavailable(e);
        }
        return find(id).orElseThrow();
    }

    /**
     * Replaces the model draft and context (a re-launch or a new transcript). Sections nobody edited
     * take the new draft's text; edited text is never overwritten.
     */
    Draft redraft(Draft draft, DraftNote model, EncounterContext context, String by) {
        LinkedHashMap<String, String> sections = new LinkedHashMap<>();
        Map<String, String> oldModel = draft.modelDraft().texts();
        model.texts().forEach((header, text) -> {
            String current = draft.sections().getOrDefault(header, "");
            boolean untouched = current.strip().equals(oldModel.getOrDefault(header, "").strip());
            sections.put(header, untouched ? text : current);
        });
        boolean changed = !sections.equals(draft.sections());
        int version = changed ? draft.version() + 1 : draft.version();
        Instant now = clock.instant();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("update draft set model_draft = ?::jsonb, "
                    + "sections = ?::jsonb, context = ?::jsonb, transcript = ?, transcript_source = ?, version = ?, "
                    + "updated_by = ?, updated_at = ? where id = ?")) {
                ps.setString(1, write(model));
                ps.setString(2, write(sections));
                ps.setString(3, write(context));
                ps.setString(4, context.transcript());
                ps.setString(5, context.transcriptSource());
                ps.setInt(6, version);
                ps.setString(7, by);
                ps.setTimestamp(8, Timestamp.from(now));
                ps.setObject(9, draft.id());
                ps.executeUpdate();
            }
            if (changed) {
                insertVersion(c, draft.id(), version, sections, by, now);
            }
            c.commit();
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
        return find(draft.id()).orElseThrow();
    }

    /**
     * Saves edited text as a new version, only if nobody saved since {@code baseVersion}.
     *
     * @return the saved draft, or empty when the draft moved on (a stale save)
     */
    Optional<Draft> save(UUID id, int baseVersion, Map<String, String> sections, String by) {
        Instant now = clock.instant();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            int updated;
            try (PreparedStatement ps = c.prepareStatement("update draft set sections = ?::jsonb, version = version + 1, "
                    + "state = case when state in ('drafted','write-failed') then 'edited' else state end, "
                    + "updated_by = ?, updated_at = ? where id = ? and version = ? and state not in ('signed','written')")) {
                ps.setString(1, write(sections));
                ps.setString(2, by);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setObject(4, id);
                ps.setInt(5, baseVersion);
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                c.rollback();
                return Optional.empty();
            }
            insertVersion(c, id, baseVersion + 1, sections, by, now);
            c.commit();
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
        return find(id);
    }

    /** Records the signature before the write, so a failed write leaves a signed, retryable draft. */
    boolean markSigned(UUID id, int version, String signer) {
        return update("update draft set state = 'signed', signed_by = ?, signed_at = ?, write_error = null "
                + "where id = ? and version = ? and state not in ('signed','written')", ps -> {
                    ps.setString(1, signer);
                    ps.setTimestamp(2, Timestamp.from(clock.instant()));
                    ps.setObject(3, id);
                    ps.setInt(4, version);
                }) == 1;
    }

    void markWritten(UUID id, String reference) {
        update("update draft set state = 'written', written_reference = ?, write_error = null, updated_at = ? "
                + "where id = ?", ps -> {
                    ps.setString(1, reference);
                    ps.setTimestamp(2, Timestamp.from(clock.instant()));
                    ps.setObject(3, id);
                });
    }

    void markWriteFailed(UUID id, String error) {
        update("update draft set state = 'write-failed', write_error = ?, updated_at = ? where id = ?", ps -> {
            ps.setString(1, error);
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setObject(3, id);
        });
    }

    private void insertVersion(Connection c, UUID id, int version, Map<String, String> sections, String by,
            Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into draft_version (draft_id, version, sections, saved_by, saved_at) values (?,?,?::jsonb,?,?)")) {
            ps.setObject(1, id);
            ps.setInt(2, version);
            ps.setString(3, write(sections));
            ps.setString(4, by);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    private Optional<Draft> queryOne(String sql, Binder binder) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    private Draft read(ResultSet rs) throws SQLException {
        return new Draft(rs.getObject("id", UUID.class), rs.getString("iss"), rs.getString("patient_id"),
                rs.getString("encounter_id"), DraftState.of(rs.getString("state")), rs.getInt("version"),
                read(rs.getString("model_draft"), new TypeReference<DraftNote>() { }),
                read(rs.getString("sections"), new TypeReference<LinkedHashMap<String, String>>() { }),
                read(rs.getString("context"), new TypeReference<EncounterContext>() { }),
                rs.getString("transcript"), rs.getString("transcript_source"), rs.getString("updated_by"),
                instant(rs, "updated_at"), rs.getString("signed_by"), instant(rs, "signed_at"),
                rs.getString("written_reference"), rs.getString("write_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
