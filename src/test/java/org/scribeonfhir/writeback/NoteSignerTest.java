package org.scribeonfhir.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/** The note's signature: a detached JWS over its exact bytes, verifiable with current and retired keys. */
class NoteSignerTest {

    static final byte[] NOTE = "CHIEF COMPLAINT\nCough.\n".getBytes(StandardCharsets.UTF_8);

    static WritebackConfig keys(String jwkSet) {
        return new WritebackConfig() {
            public NoteType noteType() {
                return null;
            }

            public String identifierSystem() {
                return "urn:ietf:rfc:3986";
            }

            public Optional<String> signingKeys() {
                return Optional.ofNullable(jwkSet);
            }

            public Optional<String> signingKeyFile() {
                return Optional.empty();
            }

            public boolean generateSigningKey() {
                return false;
            }
        };
    }

    static ECKey ec(String kid) throws Exception {
        return new ECKeyGenerator(Curve.P_384).keyID(kid).generate();
    }

    @Test
    void aSignedNoteVerifiesAndAChangedOneDoesNot() throws Exception {
        NoteSigner signer = new NoteSigner(keys(new JWKSet(ec("k1")).toString(false)));
        String jws = signer.sign(NOTE);
        assertThat(jws).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+"); // detached: no payload between the dots
        assertThat(com.nimbusds.jose.JWSObject.parse(jws, new com.nimbusds.jose.Payload(NOTE)).getHeader()
                .getAlgorithm()).isEqualTo(JWSAlgorithm.ES384);
        assertThat(signer.verify(jws, NOTE).verified()).isTrue();
        NoteSigner.Verification tampered = signer.verify(jws, "CHIEF COMPLAINT\nCough!\n".getBytes(StandardCharsets.UTF_8));
        assertThat(tampered.verified()).isFalse();
        assertThat(tampered.reason()).contains("changed after signing");
        assertThat(signer.verify("not a jws", NOTE).reason()).isEqualTo("the signature is not a JWS");
    }

    @Test
    void aRetiredKeyStillVerifiesTheNotesItSignedAndAnUnknownKeyDoesNot() throws Exception {
        ECKey old = ec("old");
        String signedBefore = new NoteSigner(keys(new JWKSet(old).toString(false))).sign(NOTE);
        NoteSigner rotated = new NoteSigner(keys(new JWKSet(java.util.List.of(ec("new"), old)).toString(false)));
        assertThat(rotated.currentKeyId()).isEqualTo("new");
        assertThat(rotated.verify(signedBefore, NOTE).verified()).isTrue();
        assertThat(rotated.publicKeys()).extracting(k -> k.getKeyID()).containsExactly("new", "old");
        assertThat(rotated.publicKeys()).noneMatch(k -> k.isPrivate());

        NoteSigner other = new NoteSigner(keys(new JWKSet(ec("elsewhere")).toString(false)));
        NoteSigner.Verification unknown = other.verify(signedBefore, NOTE);
        assertThat(unknown.verified()).isFalse();
        assertThat(unknown.reason()).contains("a key Scribe does not know (old)");
    }

    @Test
    void withoutAKeyOrWithAWeakOneTheAppDoesNotStartAndSaysWhatToSet() throws Exception {
        assertThatThrownBy(() -> new NoteSigner(keys(null))).hasMessageContaining("set SCRIBE_WRITEBACK_SIGNING_KEYS");
        assertThatThrownBy(() -> new NoteSigner(keys(new JWKSet(ec("pub").toPublicJWK()).toString(false))))
                .hasMessageContaining("must be a private key");
        assertThatThrownBy(() -> new NoteSigner(keys(new JWKSet(new RSAKeyGenerator(1024, true).keyID("small")
                .generate()).toString(false)))).hasMessageContaining("neither");
        assertThatThrownBy(() -> new NoteSigner(keys("{\"keys\": 5}"))).hasMessageContaining("not a JWK Set");
    }
}
