package org.scribeonfhir.launch;

/**
 * A launch replaced the browser-binding cookie: whatever other capabilities kept for the old one (text typed
 * after a session ended) now belongs to the new one. Keys are hashes, never cookie values.
 */
public record BrowserRebound(String previousKey, String currentKey) {
}
