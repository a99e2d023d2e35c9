package org.scribeonfhir.sandbox;

import java.time.Instant;

/** One row of the resource table: the current version of a resource, or its tombstone. */
record StoredResource(String type, String id, int version, String patientId, String encounterId, String body,
        Instant lastUpdated, boolean deleted) {
}
