package org.scribeonfhir.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/** The sandbox's FHIR resources in PostgreSQL (schema {@code sandbox}), plain JDBC. */
@ApplicationScoped
class SandboxStore {

    private static final Logger LOG = Logger.getLogger(SandboxStore.class);
    private static final String COLUMNS =
            "resource_type, id, version_id, patient_id, encounter_id, body::text, last_updated, deleted";

    private final DataSource dataSource;

    SandboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Seeding: writes the resource unless a row (even a tombstone) already has its id. */
    boolean insertIfAbsent(StoredResource r) {
        return update("insert into sandbox.resource (resource_type, id, version_id, patient_id, encounter_id, body,"
                + " last_updated, deleted) values (?, ?, ?, ?, ?, ?::jsonb, ?, false)"
                + " on conflict (resource_type, id) do nothing", r.type(), r.id(), r.version(), r.patientId(),
                r.encounterId(), r.body(), Timestamp.from(r.lastUpdated())) == 1;
    }

    void insert(StoredResource r) {
        update("insert into sandbox.resource (resource_type, id, version_id, patient_id, encounter_id, body,"
                + " last_updated, deleted) values (?, ?, ?, ?, ?, ?::jsonb, ?, false)", r.type(), r.id(), r.version(),
                r.patientId(), r.encounterId(), r.body(), Timestamp.from(r.lastUpdated()));
    }

    /** Deletion keeps a tombstone so a later read answers 410 and seeding never brings it back. */
    boolean markDeleted(String type, String id, java.time.Instant when) {
        return update("update sandbox.resource set deleted = true, version_id = version_id + 1, last_updated = ?"
                + " where resource_type = ? and id = ? and not deleted", Timestamp.from(when), type, id) == 1;
    }

    Optional<StoredResource> find(String type, String id) {
        List<StoredResource> rows = query("select " + COLUMNS + " from sandbox.resource where resource_type = ? and id = ?",
                type, id);
        return rows.stream().findFirst();
    }

    /** Live resources of a type, optionally only one patient's compartment, in id order. */
    List<StoredResource> list(String type, String patientId) {
        if (patientId == null) {
            return query("select " + COLUMNS + " from sandbox.resource where resource_type = ? and not deleted"
                    + " order by id", type);
        }
        return query("select " + COLUMNS + " from sandbox.resource where resource_type = ? and patient_id = ?"
                + " and not deleted order by id", type, patientId);
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw storageFailed(e);
        }
    }

    private List<StoredResource> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<StoredResource> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredResource(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getBoolean(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw storageFailed(e);
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else {
                ps.setObject(i + 1, params[i]);
            }
        }
    }

    static RuntimeException storageFailed(SQLException e) {
        // SQL state only: messages can quote parameter values (resource bodies, token hashes).
        LOG.errorf("Sandbox database error (SQL state %s)", e.getSQLState());
        return new IllegalStateException("Sandbox database error (SQL state " + e.getSQLState() + ")");
    }
}
