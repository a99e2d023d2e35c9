package org.scribeonfhir.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.storage.StorageProblems;
import org.scribeonfhir.validation.Finding;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drafts in PostgreSQL: find, create, redraft and save. Their version history is {@link DraftVersionStore}, the
 * ready/sign/write steps {@link SignLedger}; text kept across a lost session is {@link KeptTextStore}.
 */
@ApplicationScoped
class DraftStore {

    private static final String COLUMNS = "id, iss, patient_id, encounter_id, state, version, model_draft, sections, "
            + "context, transcript, transcript_source, created_at, updated_by, updated_at, ready_by, ready_at, "
            + "signed_by, signed_at, written_reference, write_error, accepted, attestation, "
            + "(select coalesce(jsonb_agg(jsonb_build_object('finding', a.finding_key, 'reason', a.reason, "
            + "'by', a.acknowledged_by, 'at', a.acknowledged_at, 'version', a.draft_version) "
            + "order by a.acknowledged_at), '[]'::jsonb) from finding_acknowledgement a "
            + "where a.draft_id = draft.id) as acknowledged, (select jsonb_build_object('reference', p.reference, "
            + "'problem', p.problem) from note_provenance p where p.draft_id = draft.id) as provenance";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource db;
    private final JsonColumns columns;
    private final Clock clock;
    private final DraftVersionStore versions;

    DraftStore(DataSource db, ObjectMapper json, Clock clock, DraftVersionStore versions) {
        this.db = db;
        this.columns = new JsonColumns(json);
        this.clock = clock;
        this.versions = versions;
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
                ps.setString(5, columns.write(model));
                ps.setString(6, columns.write(sections));
                ps.setString(7, columns.write(context));
                ps.setString(8, context.transcript());
                ps.setString(9, context.transcriptSource());
                ps.setString(10, by);
                ps.setString(11, by);
                ps.setTimestamp(12, Timestamp.from(now));
                ps.setTimestamp(13, Timestamp.from(now));
                ps.executeUpdate();
            }
            versions.insert(c, id, 1, "model", sections, List.copyOf(sections.keySet()), by, now);
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
     * Takes a new model draft and context (a re-launch or a new transcript). Sections nobody edited take
     * the new draft's text; edited text is never overwritten.
     */
    Draft redraft(Draft draft, DraftNote model, EncounterContext context, String kind, String by) {
        LinkedHashMap<String, String> sections = new LinkedHashMap<>();
        Map<String, String> oldModel = draft.modelDraft().texts();
        model.texts().forEach((header, text) -> {
            String current = draft.sections().getOrDefault(header, "");
            boolean untouched = current.strip().equals(oldModel.getOrDefault(header, "").strip());
            sections.put(header, untouched ? text : current);
        });
        return replace(draft, model, context, sections, kind, by);
    }

    /** A fresh model draft replaces every section's text; the previous text stays in the version history. */
    Draft regenerate(Draft draft, DraftNote model, EncounterContext context, String by) {
        return replace(draft, model, context, new LinkedHashMap<>(model.texts()), "regenerate", by);
    }

    private Draft replace(Draft draft, DraftNote model, EncounterContext context,
            LinkedHashMap<String, String> sections, String kind, String by) {
        List<String> changed = DraftVersionStore.changedSections(draft.sections(), sections);
        int version = changed.isEmpty() ? draft.version() : draft.version() + 1;
        // "Saved by" names who last changed the text: not whoever merely opened the draft (kind "model").
        boolean savedByPerson = !changed.isEmpty() && !"model".equals(kind);
        Instant now = clock.instant();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("update draft set model_draft = ?::jsonb, "
                    + "sections = ?::jsonb, context = ?::jsonb, transcript = ?, transcript_source = ?, version = ?, "
                    + "updated_by = ?, updated_at = ? where id = ?")) {
                ps.setString(1, columns.write(model));
                ps.setString(2, columns.write(sections));
                ps.setString(3, columns.write(context));
                ps.setString(4, context.transcript());
                ps.setString(5, context.transcriptSource());
                ps.setInt(6, version);
                ps.setString(7, savedByPerson ? by : draft.updatedBy());
                ps.setTimestamp(8, Timestamp.from(savedByPerson ? now : draft.updatedAt()));
                ps.setObject(9, draft.id());
                ps.executeUpdate();
            }
            if (!changed.isEmpty()) {
                versions.insert(c, draft.id(), version, kind, sections, changed, by, now);
            }
            c.commit();
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
        return find(draft.id()).orElseThrow();
    }

    /** Saves edited text as a new version, only if nobody saved since {@code baseVersion}. */
    SaveResult save(UUID id, int baseVersion, Map<String, String> sections, String kind, String by) {
        Instant now = clock.instant();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                LinkedHashMap<String, String> current;
                int version;
                String state;
                try (PreparedStatement ps = c.prepareStatement(
                        "select sections, version, state from draft where id = ? for update")) {
                    ps.setObject(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            c.rollback();
                            throw ReviewProblems.notYours();
                        }
                        current = columns.read(rs.getString(1), JsonColumns.SECTIONS);
                        version = rs.getInt(2);
                        state = rs.getString(3);
                    }
                }
                if (version != baseVersion || "signed".equals(state) || "written".equals(state)) {
                    c.rollback();
                    return SaveResult.conflict(find(id).orElseThrow());
                }
                List<String> changed = DraftVersionStore.changedSections(current, sections);
                if (changed.isEmpty()) {
                    c.rollback();
                    return SaveResult.saved(find(id).orElseThrow());
                }
                try (PreparedStatement ps = c.prepareStatement("update draft set sections = ?::jsonb, version = ?, "
                        + "state = case when state in ('drafted','write-failed') then 'edited' else state end, "
                        + "updated_by = ?, updated_at = ? where id = ?")) {
                    ps.setString(1, columns.write(sections));
                    ps.setInt(2, version + 1);
                    ps.setString(3, by);
                    ps.setTimestamp(4, Timestamp.from(now));
                    ps.setObject(5, id);
                    ps.executeUpdate();
                }
                versions.insert(c, id, version + 1, kind, sections, changed, by, now);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
        return SaveResult.saved(find(id).orElseThrow());
    }

    /** Records that a person accepted a drafted statement as it stands; once per statement, never after signing. */
    void accept(UUID id, String statement, String by) {
        String key = statement.strip();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("update draft set "
                + "accepted = accepted || ?::jsonb where id = ? and state not in ('signed','written') "
                + "and not accepted @> ?::jsonb")) {
            ps.setString(1, columns.write(List.of(new Draft.Accepted(key, by, clock.instant()))));
            ps.setObject(2, id);
            ps.setString(3, columns.write(List.of(Map.of("statement", key))));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    /**
     * Records that someone acknowledged a critical finding on this version; once per finding, never after
     * signing. False when nothing was recorded (already acknowledged, or signed meanwhile).
     */
    boolean acknowledge(UUID id, int version, Finding finding, String reason, String by) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into "
                + "finding_acknowledgement (draft_id, finding_key, finding, reason, acknowledged_by, acknowledged_at, "
                + "draft_version) select id, ?, ?::jsonb, ?, ?, ?, ? from draft where id = ? "
                + "and state not in ('signed','written') on conflict do nothing")) {
            ps.setString(1, finding.key());
            ps.setString(2, columns.write(finding));
            ps.setString(3, reason.strip());
            ps.setString(4, by);
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            ps.setInt(6, version);
            ps.setObject(7, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
    }

    private Optional<Draft> queryOne(String sql, SqlBinder binder) {
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
                columns.read(rs.getString("model_draft"), new TypeReference<DraftNote>() { }),
                columns.read(rs.getString("sections"), JsonColumns.SECTIONS),
                columns.read(rs.getString("context"), new TypeReference<EncounterContext>() { }),
                rs.getString("transcript"), rs.getString("transcript_source"), instant(rs, "created_at"),
                rs.getString("updated_by"), instant(rs, "updated_at"), rs.getString("ready_by"),
                instant(rs, "ready_at"), rs.getString("signed_by"), instant(rs, "signed_at"),
                rs.getString("written_reference"), rs.getString("write_error"),
                columns.read(rs.getString("accepted"), new TypeReference<List<Draft.Accepted>>() { }),
                rs.getString("attestation"),
                columns.read(rs.getString("acknowledged"), new TypeReference<List<Draft.Acknowledged>>() { }),
                rs.getString("provenance") == null ? null
                        : columns.read(rs.getString("provenance"), new TypeReference<Draft.WrittenProvenance>() { }));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
