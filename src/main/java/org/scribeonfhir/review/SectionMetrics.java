package org.scribeonfhir.review;

import java.time.Instant;

/** How much the clinician changed one section of the model's draft before signing. */
record SectionMetrics(String section, int modelChars, int signedChars, int editDistance, int statementsDrafted,
        int statementsDeleted, int statementsAdded, long launchToSignMillis, String signedBy, Instant signedAt) {
}
