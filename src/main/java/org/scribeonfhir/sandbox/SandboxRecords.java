package org.scribeonfhir.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Resource;

/** Resources as HAPI objects: the store's rows parsed, and new resources given an id and a version. */
@ApplicationScoped
class SandboxRecords {

    private final SandboxStore store;
    private final Clock clock;

    SandboxRecords(SandboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The current version, or empty when there never was one; a tombstone answers {@link Lookup#deleted()}. */
    Lookup lookup(String type, String id) {
        Optional<StoredResource> row = store.find(type, id);
        if (row.isEmpty()) {
            return new Lookup(null, false);
        }
        return row.get().deleted() ? new Lookup(null, true) : new Lookup(FhirJson.parseStored(row.get().body()), false);
    }

    Optional<Resource> read(String type, String id) {
        return Optional.ofNullable(lookup(type, id).resource());
    }

    List<Resource> all(String type, String patientId) {
        List<Resource> out = new ArrayList<>();
        for (StoredResource row : store.list(type, patientId)) {
            out.add(FhirJson.parseStored(row.body()));
        }
        return out;
    }

    /** Stores a new resource under a fresh id as version 1 and returns it as stored. */
    Resource create(Resource resource) {
        resource.setId(UUID.randomUUID().toString());
        Instant now = clock.instant();
        stamp(resource, now);
        store.insert(row(resource, now));
        return resource;
    }

    /** Stores a seed resource under its own id unless that id exists (or existed). */
    boolean seed(Resource resource, Instant now) {
        stamp(resource, now);
        return store.insertIfAbsent(row(resource, now));
    }

    boolean delete(String type, String id) {
        return store.markDeleted(type, id, clock.instant());
    }

    private static void stamp(Resource resource, Instant now) {
        resource.getMeta().setVersionId("1").setLastUpdated(Date.from(now));
    }

    private static StoredResource row(Resource r, Instant now) {
        return new StoredResource(r.fhirType(), r.getIdElement().getIdPart(), 1, Compartments.patientOf(r),
                Compartments.encounterOf(r), FhirJson.encode(r), now, false);
    }

    record Lookup(Resource resource, boolean deleted) {
    }
}
