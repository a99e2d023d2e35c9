package org.scribeonfhir.drafting.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Serves {@code drafting/*} from the training run's output folder, everything else (the encoder) as usual. */
final class TrainedModelLoader extends ClassLoader {

    private static final String PREFIX = "drafting/";
    private final Path out;

    TrainedModelLoader(Path out, ClassLoader parent) {
        super(parent);
        this.out = out;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (name.startsWith(PREFIX)) {
            Path file = out.resolve(name.substring(PREFIX.length()));
            try {
                return Files.exists(file) ? Files.newInputStream(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return super.getResourceAsStream(name);
    }
}
