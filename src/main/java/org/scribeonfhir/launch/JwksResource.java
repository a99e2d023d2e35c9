package org.scribeonfhir.launch;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.scribeonfhir.writeback.NoteSigner;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * Our public keys: for EHRs that authenticate us with private_key_jwt (Epic and Oracle Health register a JWK Set
 * URL), and the note-signing keys (current and retired) anyone verifies a signed note's Provenance with. Only the
 * public halves are ever published.
 */
@Path("/.well-known/jwks.json")
public class JwksResource {

    private static final Logger LOG = Logger.getLogger(JwksResource.class);

    private final String jwks;

    JwksResource(LaunchConfig config, NoteSigner noteSigner) {
        List<JWK> keys = new ArrayList<>(noteSigner.publicKeys());
        for (Map.Entry<String, LaunchConfig.Issuer> e : config.issuers().entrySet()) {
            e.getValue().privateKeyJwk().ifPresent(json -> {
                try {
                    JWK publicKey = JWK.parse(json).toPublicJWK();
                    if (keys.stream().noneMatch(k -> k.getKeyID() != null && k.getKeyID().equals(publicKey.getKeyID()))) {
                        keys.add(publicKey);
                    }
                } catch (ParseException ex) {
                    LOG.errorf("The private-key-jwk of issuer %s is not a JWK; it is not published", e.getKey());
                }
            });
        }
        this.jwks = new JWKSet(keys).toString(true);
    }

    @GET
    @Produces("application/jwk-set+json")
    public Response jwks() {
        return Response.ok(jwks).header("Cache-Control", "public, max-age=3600").build();
    }
}
