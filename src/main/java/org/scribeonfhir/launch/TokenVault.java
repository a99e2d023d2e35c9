package org.scribeonfhir.launch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/**
 * Seals the EHR's token response before it reaches the database (AES-256-GCM, random 96-bit IV, the
 * session's id as associated data so a sealed value cannot be moved to another session row).
 */
@Startup // a missing or bad key stops the app at start, not at the first launch
@ApplicationScoped
class TokenVault {

    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    TokenVault(LaunchConfig config) {
        String encoded = config.tokenKey().orElseThrow(() -> new IllegalStateException(
                "No token key: set SCRIBE_LAUNCH_TOKEN_KEY to 32 random bytes, base64-encoded "
                        + "(e.g. `openssl rand -base64 32`). It encrypts EHR tokens in the database."));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SCRIBE_LAUNCH_TOKEN_KEY is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("SCRIBE_LAUNCH_TOKEN_KEY must be 32 bytes (256 bits), base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String plain, String sessionIdHash) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(sessionIdHash.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a token response", e);
        }
    }

    /** @throws GeneralSecurityException when the value was sealed with another key or for another session */
    String open(String sealed, String sessionIdHash) throws GeneralSecurityException {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new GeneralSecurityException("Not a sealed token response");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
        cipher.updateAAD(sessionIdHash.getBytes(StandardCharsets.US_ASCII));
        return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
    }
}
