/**
 * The one exception type every capability throws when a person has to be told something went wrong, and
 * what of a failing request may be written to the log.
 */
package org.scribeonfhir.problem;
