package org.scribeonfhir.writeback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import io.quarkus.runtime.Startup;

/**
 * Signs the exact bytes of every note written with the app's key: a detached JWS (RFC 7515 appendix F; ES384 for
 * an EC P-384 key, RS384 for RSA), verifiable later with the public keys at {@code /.well-known/jwks.json}. The
 * first key of the configured set signs; the ones after it are retired keys, still published so that notes they
 * signed still verify. Never generated silently: only a sandbox or test profile may ask for a generated key.
 */
@Startup // a missing or bad key stops the app at start, not at the first signature
@ApplicationScoped
public class NoteSigner {

    private static final Logger LOG = Logger.getLogger(NoteSigner.class);

    /** Whether a signature verifies over the given bytes, and why not. */
    public record Verification(boolean verified, String keyId, String reason) {
    }

    private final List<JWK> keys;

    NoteSigner(WritebackConfig config) {
        this.keys = load(config);
        JWK current = keys.get(0);
        if (!current.isPrivate()) {
            throw new IllegalStateException("The first note-signing key must be a private key (it signs notes).");
        }
        algorithm(current); // refuses a key we cannot sign with
        LOG.infof("Notes are signed with key %s (%d retired key(s) still published)", current.getKeyID(),
                keys.size() - 1);
    }

    /** A detached compact JWS over the bytes: header..signature. */
    public String sign(byte[] content) {
        JWK key = keys.get(0);
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm(key)).keyID(key.getKeyID()).build(),
                    new Payload(content));
            jws.sign(signer(key));
            return jws.serialize(true);
        } catch (JOSEException e) {
            throw new IllegalStateException("the note could not be signed", e);
        }
    }

    /** Checks a detached JWS against the bytes it claims to sign, with our current and retired keys. */
    public Verification verify(String detachedJws, byte[] content) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(detachedJws, new Payload(content));
        } catch (ParseException e) {
            return new Verification(false, null, "the signature is not a JWS");
        }
        String kid = jws.getHeader().getKeyID();
        JWK key = keys.stream().filter(k -> k.getKeyID().equals(kid)).findFirst().orElse(null);
        if (key == null) {
            return new Verification(false, kid, "the note was signed with a key Scribe does not know (" + kid + ")");
        }
        try {
            boolean ok = jws.getHeader().getAlgorithm().equals(algorithm(key)) && jws.verify(verifier(key));
            return new Verification(ok, kid, ok ? "the text is exactly the text that was signed"
                    : "the text is not the text that was signed (changed after signing)");
        } catch (JOSEException e) {
            return new Verification(false, kid, "the signature could not be checked");
        }
    }

    /** The public halves of every key, current first. */
    public List<JWK> publicKeys() {
        return keys.stream().map(JWK::toPublicJWK).toList();
    }

    public String currentKeyId() {
        return keys.get(0).getKeyID();
    }

    private static List<JWK> load(WritebackConfig config) {
        try {
            String json;
            if (config.signingKeys().isPresent()) {
                json = config.signingKeys().get();
            } else if (config.signingKeyFile().isPresent() && Files.exists(Path.of(config.signingKeyFile().get()))) {
                json = Files.readString(Path.of(config.signingKeyFile().get()));
            } else if (config.generateSigningKey() && config.signingKeyFile().isPresent()) {
                json = generate(Path.of(config.signingKeyFile().get()));
            } else {
                throw new IllegalStateException("No note-signing key: set SCRIBE_WRITEBACK_SIGNING_KEYS to a JWK Set "
                        + "whose first key is an EC P-384 (ES384) or RSA (RS384) private key, or "
                        + "SCRIBE_WRITEBACK_SIGNING_KEY_FILE to a file holding one. Keep retired keys after it, so "
                        + "that the notes they signed still verify.");
            }
            List<JWK> out = new ArrayList<>();
            for (JWK k : JWKSet.parse(json).getKeys()) {
                out.add(k.getKeyID() != null ? k : withThumbprintId(k));
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("The note-signing JWK Set holds no key.");
            }
            return List.copyOf(out);
        } catch (ParseException e) {
            throw new IllegalStateException("The note-signing keys are not a JWK Set: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("The note-signing key file could not be read or written", e);
        }
    }

    /** Sandbox and tests: one EC P-384 key, kept in a file only the app's user may read, reused at restart. */
    private static String generate(Path file) throws IOException {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_384).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES384)
                    .keyIDFromThumbprint(true).generate();
            String json = new JWKSet(key).toString(false);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the file stays as the platform creates it
            }
            LOG.infof("Generated a note-signing key for the sandbox in %s", file);
            return json;
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a note-signing key", e);
        }
    }

    private static JWK withThumbprintId(JWK k) {
        try {
            String kid = k.computeThumbprint().toString();
            return k instanceof ECKey ec ? new ECKey.Builder(ec).keyID(kid).build()
                    : new RSAKey.Builder((RSAKey) k).keyID(kid).build();
        } catch (JOSEException | ClassCastException e) {
            throw new IllegalStateException("a note-signing key is neither EC nor RSA");
        }
    }

    private static JWSAlgorithm algorithm(JWK key) {
        if (key instanceof ECKey ec && Curve.P_384.equals(ec.getCurve())) {
            return JWSAlgorithm.ES384;
        }
        if (key instanceof RSAKey rsa && rsa.size() >= 2048) {
            return JWSAlgorithm.RS384;
        }
        throw new IllegalStateException("Note-signing keys must be EC P-384 (ES384) or RSA of 2048 bits or more "
                + "(RS384); key " + key.getKeyID() + " is neither.");
    }

    private static JWSSigner signer(JWK key) throws JOSEException {
        return key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        return key instanceof ECKey ec ? new ECDSAVerifier(ec.toPublicJWK())
                : new RSASSAVerifier(((RSAKey) key).toPublicJWK());
    }
}
