package org.scribeonfhir.drafting.extract;

/** Which part of the visit a sentence belongs to. */
enum Part { HISTORY, EXAM, RESULTS, PLAN }
