/** The one exception type every capability throws when a person has to be told something went wrong. */
package org.scribeonfhir.problem;
