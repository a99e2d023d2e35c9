package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Drafted;
import org.scribeonfhir.drafting.Drafting;

/**
 * Drafts every transcript of a folder for a person to read (no score): the sandbox's visits, or unseen ones such
 * as PriMock57's collated transcripts, whose annotation marks ({@code <UNSURE>…</UNSURE>}, {@code <UNIN/>}) are
 * corpus markup, not speech, and are removed first.
 */
final class DraftFolder {

    private DraftFolder() {
    }

    static void run(Drafting drafting, Path folder, Path out, int limit) throws IOException {
        Files.createDirectories(out);
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
                String transcript = Files.readString(f).replaceAll("<[A-Za-z/][^>]*>", "").replaceAll("[ \\t]{2,}", " ");
                Drafted d = drafting.draft(transcript, null);
                String text = DraftNote.render(d.note().texts()) + "\nwarnings: " + d.warnings() + "\ncheck: "
                        + d.check().problems() + "\n";
                Files.writeString(out.resolve(f.getFileName()), text);
                System.out.println("##### " + f.getFileName() + "\n" + text);
            }
        }
    }
}
