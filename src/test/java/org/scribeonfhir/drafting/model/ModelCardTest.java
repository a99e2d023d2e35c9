package org.scribeonfhir.drafting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed heads match their card, and a head that differs from the card is refused. */
class ModelCardTest {

    @Test
    void committedFilesMatchTheCard() {
        ModelCard card = ModelCard.read(getClass().getClassLoader());
        card.verify(getClass().getClassLoader());
        assertThat(card.files()).extracting(ModelCard.FileEntry::role).containsExactlyInAnyOrder(
                ClinicalModel.ENCODER, ClinicalModel.TOKENIZER, ClinicalModel.SECTION_HEAD, ClinicalModel.ENTITY_HEAD,
                ClinicalModel.LEXICON, ClinicalModel.CALIBRATION, ClinicalModel.RELEVANCE_HEAD, "vocabulary", "vocabulary",
                "vocabulary", "vocabulary", "vocabulary", "vocabulary");
        assertThat(card.sha256()).hasSize(64);
        assertThat(card.json().path("intended_use").asText()).isNotBlank();
    }

    @Test
    void aHeadThatDiffersFromTheCardIsRefused(@TempDir Path dir) throws Exception {
        Path drafting = Files.createDirectories(dir.resolve("drafting"));
        ModelCard real = ModelCard.read(getClass().getClassLoader());
        String head = real.file(ClinicalModel.SECTION_HEAD).resource();
        byte[] bytes = ModelCard.resource(getClass().getClassLoader(), head);
        bytes[bytes.length - 1] ^= 1;
        Files.write(dir.resolve(head), bytes);
        Files.copy(getClass().getClassLoader().getResourceAsStream(ModelCard.RESOURCE), drafting.resolve("model-card.json"));
        try (URLClassLoader tampered = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader()) {
            @Override
            public URL getResource(String name) {
                URL local = findResource(name);
                return local != null ? local : super.getResource(name);
            }

            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                try {
                    URL u = getResource(name);
                    return u == null ? null : u.openStream();
                } catch (java.io.IOException e) {
                    return null;
                }
            }
        }) {
            assertThatThrownBy(() -> ClinicalModel.load(tampered, 1)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(head).hasMessageContaining("does not match the model card");
        }
    }

    @Test
    void aCardWithoutFilesIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("drafting"));
        Files.writeString(dir.resolve(ModelCard.RESOURCE), "{\"name\": \"x\", \"files\": []}", StandardCharsets.UTF_8);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> ModelCard.read(cl)).hasMessageContaining("lists no files");
        }
    }
}
