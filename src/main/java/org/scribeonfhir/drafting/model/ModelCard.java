package org.scribeonfhir.drafting.model;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code drafting/model-card.json}: what the model is, what it was trained on, how well it does, and the
 * sha256 of every file it is made of. {@link #verify} refuses a model whose files differ from the card.
 *
 * @param sha256 of the card itself: it pins every file, so it names this exact model
 */
public record ModelCard(String name, String version, String sha256, List<FileEntry> files, JsonNode json) {

    public static final String RESOURCE = "drafting/model-card.json";

    /** One file of the model: where it is on the classpath and its expected hash. */
    public record FileEntry(String role, String resource, String sha256) {
    }

    public static ModelCard read(ClassLoader loader) {
        byte[] bytes = resource(loader, RESOURCE);
        try {
            JsonNode json = new ObjectMapper().readTree(bytes);
            List<FileEntry> files = new ArrayList<>();
            for (JsonNode f : json.path("files")) {
                files.add(new FileEntry(f.path("role").asText(), f.path("resource").asText(), f.path("sha256").asText()));
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("The drafting model card lists no files");
            }
            return new ModelCard(json.path("name").asText(), json.path("version").asText(), sha256(bytes), files,
                    json);
        } catch (IOException e) {
            throw new IllegalStateException("The drafting model card is not valid JSON", e);
        }
    }

    /** Checks every file against the card; throws naming the first file that is missing or differs. */
    public void verify(ClassLoader loader) {
        for (FileEntry f : files) {
            String actual = sha256(resource(loader, f.resource()));
            if (!actual.equalsIgnoreCase(f.sha256())) {
                throw new IllegalStateException("Drafting model file " + f.resource() + " does not match the model card"
                        + " (sha256 " + actual + ", card says " + f.sha256() + "); refusing to use it");
            }
        }
    }

    public boolean hasFile(String role) {
        return files.stream().anyMatch(f -> f.role().equals(role));
    }

    public FileEntry file(String role) {
        return files.stream().filter(f -> f.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The drafting model card has no '" + role + "' file"));
    }

    public static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Drafting model file " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Drafting model file " + name + " could not be read", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
