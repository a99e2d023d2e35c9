package org.scribeonfhir.review;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.storage.StorageProblems;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A draft's version history (draft_version): every saved text, who saved it and which sections changed. */
@ApplicationScoped
class DraftVersionStore {

    private final DataSource db;
    private final JsonColumns columns;

    DraftVersionStore(DataSource db, ObjectMapper json) {
        this.db = db;
        this.columns = new JsonColumns(json);
    }

    List<DraftVersion> versions(UUID id) {
        List<DraftVersion> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select version, kind, "
                + "saved_by, saved_at, changed_sections, sections from draft_version where draft_id = ? "
                + "order by version desc")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array changed = rs.getArray(5);
                    out.add(new DraftVersion(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), List.of((String[]) changed.getArray()),
                            columns.read(rs.getString(6), JsonColumns.SECTIONS)));
                }
            }
        } catch (SQLException e) {
            throw StorageProblems.unavailable(e);
        }
        return out;
    }

    static List<String> changedSections(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((header, text) -> {
            if (!Objects.equals(before.getOrDefault(header, "").strip(), text == null ? "" : text.strip())) {
                changed.add(header);
            }
        });
        return changed;
    }

    /** On the caller's connection, so the version commits (or not) with the draft change it records. */
    void insert(Connection c, UUID id, int version, String kind, Map<String, String> sections,
            List<String> changed, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into draft_version (draft_id, version, kind, sections, "
                + "changed_sections, saved_by, saved_at) values (?,?,?,?::jsonb,?,?,?)")) {
            ps.setObject(1, id);
            ps.setInt(2, version);
            ps.setString(3, kind);
            ps.setString(4, columns.write(sections));
            ps.setArray(5, c.createArrayOf("text", changed.toArray()));
            ps.setString(6, by);
            ps.setTimestamp(7, Timestamp.from(at));
            ps.executeUpdate();
        }
    }
}
