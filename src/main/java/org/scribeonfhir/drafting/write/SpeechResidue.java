package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Statement;

/**
 * After the first person is gone, what still reads as talk: fillers ("you know", "like 4 days"), "excuse me",
 * the clinician's hedges and feelings ("the clinician thinks that", "the clinician is glad…"), findings told in
 * the clinician's voice ("the clinician do appreciate strong pulses" → "Strong pulses"), and a question the
 * sentence runs into ("…as much as possible what questions"). A sentence left with nothing clinical is dropped.
 */
final class SpeechResidue {

    /** Lists written from the visit model's names, never from speech: left as they are by the last writing steps. */
    static final Pattern NAMED_LIST = Pattern.compile("(?i)^(?:current medications|medications on the chart|"
            + "allergies|allergies on the chart|problem list \\(chart\\)|past medical history|family history|"
            + "social history|past surgical history): ");
    private static final Pattern EXCUSE = Pattern.compile("(?i),?\\s*\\bexcuse (?:the clinician|the patient|me)\\b,?");
    private static final Pattern FILLER = Pattern.compile("(?i),?\\s*\\b(?:you know|kinda|sorta|i mean)\\b,?"
            + "(?=[\\s.;!?]|$)");
    /** "for like 4 days", "it's like a throbbing pain", "had to like stop": "like" as a pause, not a comparison. */
    private static final Pattern LIKE = Pattern.compile("(?i)(?<=\\b(?:is|was|it's|that's|for|at|about|just|to|been|"
            + "and|but|so|then|or|had|have|are|were)|,)\\s+like,?(?=\\s+(?:a|an|the|some|\\d|one|two|three|four|five|"
            + "six|seven|eight|nine|ten|half|maybe|really|just|[a-z]+ing)\\b)");
    /** The clinician's feelings about the patient: no clinical content. */
    private static final Pattern FEELING = Pattern.compile("(?i)^(?:the clinician is,? )*the clinician (?:is|was|am) "
            + "(?:so |really |very )?(?:glad|happy|proud|pleased|thrilled|sorry)\\b.*|^the clinician (?:meant|wanted) "
            + "to ask\\b.*");
    /** "The patient was born in 1991, 17th of November.": the identity check at the start of a call, not history. */
    private static final Pattern IDENTITY = Pattern.compile("(?i)^(?:the patient|he|she|they) (?:was|were) born "
            + "(?:in|on) (?:\\d|nineteen|twenty|the \\d|january|february|march|april|may|june|july|august|september|october|"
            + "november|december)|\\bdate of birth\\b|\\bd\\.?o\\.?b\\b");
    /** Talk about looking at something, not what was found: "In reviewing the pathology report for his skin." */
    private static final Pattern REVIEWING = Pattern.compile("(?i)^(?:will be reminded about|in reviewing|"
            + "in looking at|"
            + "(?:will|let's) (?:go ahead and )?(?:review|look at|go over))\\b.*");
    /** "the clinician thinks that …", "the clinician knows …": a hedge before what the note states. */
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:the clinician (?:thinks|knows|believes|guesses|"
            + "feels like)|the clinician do (?:believe|think))(?: that(?![\\w']))?,?\\s*");
    /** "the clinician do appreciate strong pulses": a finding told in the clinician's voice. */
    private static final Pattern NOTICED = Pattern.compile("(?i)^the clinician (?:do |does |did |also )?(?:notices?|"
            + "appreciates?|sees?|hears?|feels?|notes?)\\s+(?:that\\s+)?");
    private static final Pattern NOT_NOTICED = Pattern.compile("(?i)^the clinician (?:does not|doesn't|did not|"
            + "didn't) (?:see|hear|feel|appreciate|notice)\\s+(?:any\\s+)?(?:\\w+ing\\s+any\\s+)?");
    private static final Pattern GOING_TO = Pattern.compile("(?i)\\bthe clinician (?:is|am) (?:also )?going to\\b");
    private static final Pattern DO_VERB = Pattern.compile("(?i)\\bthe clinician do (want|need|recommend)\\b");
    /** A question the statement runs into: cut there. */
    private static final Pattern QUESTION = Pattern.compile("(?i)(?:,\\s*|\\s+)(?:so |and |okay |alright )?(?:what "
            + "(?:kind of |other )?questions|any (?:other |more )?questions|does that (?:sound|make sense)|is that "
            + "(?:okay|alright|what)|has anyone|(?:does|did) (?:it|that|this|they) (?:\\w+ ){0,3}?(?:anywhere|at all|"
            + "radiate)\\b|(?<!\\b(?:will|would|to|can|could|should|may|might|must|not|also|then|and|or)\\s)"
            + "(?:are|do|did|have) the patient(?!')\\b)");

    private SpeechResidue() {
    }

    static Optional<Statement> clean(Statement s, String header) {
        if (NoteHeaders.CHIEF_COMPLAINT.equals(header) || NoteHeaders.ROS.equals(header)) {
            return Optional.of(s); // written from the model's names
        }
        return clean(s.text()).map(t -> t.equals(s.text()) ? s : new Statement(t, s.confidence(), s.evidence()));
    }

    static Optional<String> clean(String text) {
        Matcher label = SpokenRemnants.LABEL.matcher(text);
        String head = label.find() ? label.group() : "";
        if (NAMED_LIST.matcher(head.replaceFirst("^• ", "")).find()) {
            return Optional.of(text);
        }
        List<String> kept = new ArrayList<>();
        boolean changed = false;
        for (String sentence : text.substring(head.length()).split("(?<=[.?!])\\s+(?=[A-Z])")) {
            String was = sentence.strip();
            String s = sentence(was);
            if (s.equals(was)) {
                kept.add(s);
                continue;
            }
            changed = true;
            // what is left of a sentence cleaned of talk must still say something
            if (s.split("\\s+").length >= 3 || s.matches(".*\\d.*") && s.split("\\s+").length >= 2) {
                kept.add(s);
            }
        }
        if (!changed) {
            return Optional.of(text);
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Lines.period(head + Lines.capital(String.join(" ", kept))));
    }

    private static String sentence(String s) {
        if (s.endsWith("?")) {
            return "";
        }
        String t = EXCUSE.matcher(s).replaceAll("");
        t = FILLER.matcher(t).replaceAll("");
        t = LIKE.matcher(t).replaceAll("");
        if (FEELING.matcher(t.replaceFirst("(?i)^(?:likely|advised to|will)\\s+", "")).matches()
                || REVIEWING.matcher(t).matches() || IDENTITY.matcher(t).find()) {
            return "";
        }
        t = HEDGE.matcher(t).replaceAll("");
        t = NOT_NOTICED.matcher(t).replaceFirst("No ");
        t = NOTICED.matcher(t).replaceFirst("");
        t = GOING_TO.matcher(t).replaceAll("will");
        t = DO_VERB.matcher(t).replaceAll(m -> "the clinician " + m.group(1).toLowerCase(Locale.ROOT) + "s");
        Matcher q = QUESTION.matcher(t);
        if (q.find()) {
            t = q.start() == 0 ? "" : t.substring(0, q.start());
        }
        t = t.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:])", "$1").replaceAll("^[,;:\\s]+", "")
                .replaceAll("[,;:\\s]+$", "").strip();
        return t.equals(s) ? s : t.isEmpty() ? "" : Lines.period(Lines.capital(t));
    }
}
