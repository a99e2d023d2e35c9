package org.scribeonfhir.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.jboss.logging.Logger;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * Fills the sandbox from the classpath folder {@code sandbox/} (practitioners, one bundle per
 * patient, one transcript per encounter). Insert-if-absent, so what apps wrote, or deleted,
 * survives a restart and the seed is never applied twice.
 */
@ApplicationScoped
class SandboxSeed {

    static final String TRANSCRIPT_TYPE_SYSTEM = "https://scribe-on-fhir.github.io/fhir/CodeSystem/document-type";
    static final String SYNTHETIC_TAG = "urn:scribe-on-fhir:sandbox";

    private static final Logger LOG = Logger.getLogger(SandboxSeed.class);
    private static final Pattern TRANSCRIPT = Pattern.compile("sbx-enc-(\\d+)\\.txt");

    private final SandboxRecords records;
    private final Clock clock;

    SandboxSeed(SandboxRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    void seed() {
        Instant now = clock.instant();
        int added = withSeedFolder(folder -> {
            int n = seedBundle(folder.resolve("practitioners.json"), now);
            for (Path bundle : sorted(folder.resolve("patients"), ".json")) {
                n += seedBundle(bundle, now);
            }
            for (Path transcript : sorted(folder.resolve("transcripts"), ".txt")) {
                n += seedTranscript(transcript, now);
            }
            return n;
        });
        LOG.infof("Sandbox EHR seeded (%d new resources)", added);
    }

    private int seedBundle(Path file, Instant now) {
        Bundle bundle = (Bundle) FhirJson.parseStored(read(file));
        int n = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            n += records.seed(entry.getResource(), now) ? 1 : 0;
        }
        return n;
    }

    private int seedTranscript(Path file, Instant now) {
        Matcher m = TRANSCRIPT.matcher(file.getFileName().toString());
        if (!m.matches()) {
            LOG.warnf("Ignoring seed transcript with an unexpected name: %s", file.getFileName());
            return 0;
        }
        String nn = m.group(1);
        Encounter encounter = (Encounter) records.read("Encounter", "sbx-enc-" + nn).orElse(null);
        if (encounter == null) {
            LOG.warnf("Seed transcript %s has no encounter sbx-enc-%s; skipped", file.getFileName(), nn);
            return 0;
        }
        byte[] text = read(file).getBytes(StandardCharsets.UTF_8);
        return records.seed(transcript("sbx-transcript-" + nn, encounter, text), now) ? 1 : 0;
    }

    static DocumentReference transcript(String id, Encounter encounter, byte[] text) {
        DocumentReference doc = new DocumentReference();
        doc.setId(id);
        doc.getMeta().addTag(SYNTHETIC_TAG, "synthetic", "Synthetic sandbox data");
        doc.setStatus(DocumentReferenceStatus.CURRENT);
        doc.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        doc.setType(new CodeableConcept(new Coding(TRANSCRIPT_TYPE_SYSTEM, "visit-transcript", "Visit transcript"))
                .setText("Visit transcript"));
        doc.addCategory().setText("transcript");
        doc.setSubject(new Reference(encounter.getSubject().getReference()));
        doc.getContext().addEncounter(new Reference("Encounter/" + encounter.getIdElement().getIdPart()));
        if (encounter.getPeriod().hasStart()) {
            DateTimeType start = encounter.getPeriod().getStartElement();
            // Keep the encounter's own offset; an instant needs seconds, so a day-only start is widened.
            doc.setDateElement(start.getPrecision().ordinal() >= TemporalPrecisionEnum.SECOND.ordinal()
                    ? new InstantType(start.getValueAsString()) : new InstantType(start.getValue()));
        }
        doc.addContent().setAttachment(new Attachment().setContentType("text/plain; charset=utf-8")
                .setData(text).setSize(text.length).setTitle("Visit transcript"));
        return doc;
    }

    private interface FolderAction {
        int apply(Path folder) throws IOException;
    }

    /** The seed folder as a Path, whether it sits in a directory (dev, tests) or inside the app jar. */
    private static int withSeedFolder(FolderAction action) {
        URL marker = Thread.currentThread().getContextClassLoader().getResource("sandbox/practitioners.json");
        if (marker == null) {
            throw new IllegalStateException("The sandbox seed data (classpath sandbox/) is missing from the build");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return action.apply(jar.provider().getPath(uri).getParent());
                }
            }
            return action.apply(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sandbox seed data", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> sorted(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
