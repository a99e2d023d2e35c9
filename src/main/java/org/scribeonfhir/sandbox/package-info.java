/**
 * The built-in sandbox EHR: synthetic data only, never part of production.
 *
 * <p>Runs inside the app's process when {@code scribe.sandbox.enabled=true} (the {@code sandbox}
 * profile, inherited by dev and test). Otherwise every {@code /sandbox} path answers 404 and nothing
 * here starts ({@link org.scribeonfhir.sandbox.SandboxGate}, {@link org.scribeonfhir.sandbox.SandboxStartup}).
 *
 * <ul>
 * <li>{@code /sandbox} — the mock EHR screen; "Open Scribe" embeds the app in {@code #scribe-frame}.</li>
 * <li>{@code /sandbox/launch?practitioner&patient&encounter} — creates a launch context and redirects to
 * the app's {@code /launch?iss=…&launch=…}.</li>
 * <li>{@code /sandbox/fhir} — FHIR R4 (read, vread, search, create/delete of DocumentReference),
 * {@code /metadata}, {@code /.well-known/smart-configuration}.</li>
 * <li>{@code /sandbox/auth/authorize|token|jwks} — the SMART App Launch 2.2 authorization server.</li>
 * <li>{@code /sandbox/smart-style.json} — the SMART style the token response points to.</li>
 * </ul>
 *
 * <p>Storage is the PostgreSQL schema {@code sandbox} ({@code db/sandbox} migrations), seeded from the
 * classpath folder {@code sandbox/} on every start, insert-if-absent. Tokens are stored as SHA-256 hashes.
 */
package org.scribeonfhir.sandbox;
