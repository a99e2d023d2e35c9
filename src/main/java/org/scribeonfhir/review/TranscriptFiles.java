package org.scribeonfhir.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/** An uploaded transcript as text: strict UTF-8 and no NULs, so a binary file is refused, not mangled. */
final class TranscriptFiles {

    private TranscriptFiles() {
    }

    static String utf8(FileUpload file) {
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw ReviewProblems.transcriptNotText();
            }
            return text;
        } catch (CharacterCodingException e) {
            throw ReviewProblems.transcriptNotText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
