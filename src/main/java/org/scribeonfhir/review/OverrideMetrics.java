package org.scribeonfhir.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.lexicon.EditDistance;

/** Measures, per section, how far the signed note moved from the model's draft (for the quality dashboard). */
final class OverrideMetrics {

    /** Beyond this many characters a section's distance is the length difference (the DP would be too slow). */
    private static final int MAX_EXACT = 20_000;

    private OverrideMetrics() {
    }

    static List<SectionMetrics> of(DraftNote model, Map<String, String> signed, Instant createdAt, String signer,
            Instant signedAt) {
        List<SectionMetrics> out = new ArrayList<>();
        long launchToSign = Duration.between(createdAt, signedAt).toMillis();
        for (String header : NoteHeaders.ALL) {
            String modelText = model.section(header).text();
            String signedText = signed.getOrDefault(header, "");
            StatementMarks.Result marks = StatementMarks.of(model.section(header), signedText);
            out.add(new SectionMetrics(header, modelText.length(), signedText.length(),
                    distance(modelText, signedText), model.section(header).statements().size(),
                    (int) marks.deleted(), marks.added().size(), launchToSign, signer, signedAt));
        }
        return out;
    }

    /** Levenshtein distance in characters; two very long texts by their difference in length alone. */
    static int distance(String a, String b) {
        if (a.length() > MAX_EXACT || b.length() > MAX_EXACT) {
            return Math.abs(a.length() - b.length());
        }
        return EditDistance.of(a, b);
    }
}
