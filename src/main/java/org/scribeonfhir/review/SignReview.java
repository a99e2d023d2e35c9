package org.scribeonfhir.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Statement;

/**
 * What signing asks of the signer: the attestation, and a look at every drafted statement the model marked
 * "check" (calibrated confidence below one half) that still stands in the text as drafted and nobody accepted.
 */
final class SignReview {

    /** The words the signer confirms; recorded with the signature and shown in the history. */
    static final String ATTESTATION = "I have reviewed and edited this AI-drafted note and it is accurate.";

    /** What the signer sent with Sign: the attestation ticked, and the unreviewed statements confirmed. */
    record Consent(boolean attested, boolean unreviewedConfirmed) {
    }

    private SignReview() {
    }

    /** Unreviewed "check" statements, in note order. */
    static List<String> unreviewed(Draft draft, Map<String, String> sections) {
        List<String> out = new ArrayList<>();
        for (String header : NoteHeaders.ALL) {
            StatementMarks.Result marks = StatementMarks.of(draft.modelDraft().section(header),
                    sections.getOrDefault(header, ""));
            for (StatementMarks.Marked m : marks.drafted()) {
                Statement s = m.statement();
                if (m.mark() == StatementMarks.Mark.KEPT && s.confidence() < PaneView.LOW_CONFIDENCE
                        && !draft.isAccepted(s.text())) {
                    out.add(s.text());
                }
            }
        }
        return out;
    }

    /** The section texts without the lines that are this statement (a person rejected it). */
    static Map<String, String> without(Map<String, String> sections, String statement) {
        String key = StatementMarks.normalize(statement);
        Map<String, String> out = new LinkedHashMap<>();
        sections.forEach((header, text) -> out.put(header, String.join("\n", StatementMarks.lines(text).stream()
                .filter(line -> !StatementMarks.normalize(line).equals(key)).toList())));
        return out;
    }
}
