package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.extract.Phrasing;
import org.scribeonfhir.drafting.speech.ThirdPerson;

/**
 * The last step of writing: what is left of the clinician's speech in a statement that kept spoken words (an
 * exam narrated aloud, a result explained to the patient) is taken out, because a note is not written in the
 * first person. A spoken self-correction keeps only its corrected words; "our diabetes educator", "call us",
 * "to me", "that I appreciate" and "I personally reviewed" become note register; a clause that goes on in the
 * first person is cut where it begins; a sentence that starts in the first person is kept with the clinician in
 * the third person when it names a finding or a value (in the plan, also an intention) and dropped otherwise,
 * and so is a statement left empty.
 */
final class SpokenRemnants {

    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)(?:^|[^a-z'])(i|i'm|i've|i'd|i'll|me|my|mine|"
            + "myself|we|we're|we've|we'll|us|our|let's|let me)(?![a-z'])");
    /** "Hemoglobin A1c: …", "• Respiratory: …": kept as it is. */
    static final Pattern LABEL = Pattern.compile("^(?:• )?[A-Z][A-Za-z0-9 ()/,'-]{0,40}: ");
    /** Lists written from the visit model's names (drugs, allergies), never from speech: "My Way" is a drug. */
    private static final Set<String> NAMED_LISTS = Set.of("current medications: ", "medications on the chart: ",
            "allergies: ", "allergies on the chart: ", "problem list (chart): ");
    private static final Pattern CORRECTION = Pattern.compile("(?i),? (?:or,? )?(?:i'm sorry|excuse me|i mean|sorry),? ");
    /** A spoken phrase and its note register. */
    private record Rewrite(Pattern spoken, String written) {
    }

    private static final List<Rewrite> REGISTER = List.of(
        new Rewrite(Pattern.compile("(?i)\\b(?:our|my) (?=[a-z])"),
                "the "),
        new Rewrite(Pattern.compile("(?i)\\b(call|contact|email|message|let|tell|see|phone) us\\b"),
                "$1 the clinic"),
        new Rewrite(Pattern.compile("(?i)\\b(?:i|we) (?:have )?(?:personally |also )?(?:did )?review(?:ed)?\\b"),
                "reviewed"),
        new Rewrite(Pattern.compile("(?i)\\bi (?:don't|do not|didn't) (?:see|appreciate|hear|feel) (?:any )?"
                + "(?:evidence of )?(?:any |an? )?"),
                "no "),
        new Rewrite(Pattern.compile("(?i),? (?:that|which) (?:i|we) (?:can )?(?:appreciate|hear|see|feel)\\b"),
                ""),
        new Rewrite(Pattern.compile("(?i),? (?:but )?i (?:do )?want to (?:note|mention) that\\b"),
                ""),
        new Rewrite(Pattern.compile("(?i) to me\\b"),
                ""),
        new Rewrite(Pattern.compile("(?i)^(?:today,? )?we have an? "),
                "A "),
        new Rewrite(Pattern.compile("(?i)\\b(?:and )?i (?:also )?(?:recognize|note|noticed?|found|feel) that "),
                ""),
        new Rewrite(Pattern.compile("(?i)\\b(?:let me|i'm going to|i am going to|i want to|i'll) (?:listen to|"
                + "check|look at|examine|feel) (?:the |your |her |his )?(?:lungs|heart|abdomen|belly)(?: here)?"
                + "(?: real quick)?(?: now)? "),
                ""));

    private static final Pattern LETS = Pattern.compile("(?i)\\b(?:let's|let me|let us) (?:see|take a look|look|"
            + "talk about|check)?,? ?");
    /** A value or how it stands: "the hemoglobin is low", "around 300". */
    private static final Pattern VALUE = Pattern.compile("(?i)\\b(?:low|high|\\d+(?:\\.\\d+)?)\\b");
    /** What the clinician is about to do: the plan in A&P, narration of the exam elsewhere. */
    private static final Pattern INTENT = Pattern.compile("(?i)\\b(?:i'm|i am|we're|we are) going to\\b|\\b(?:i|we) "
            + "(?:will|want to|would like to|need to)\\b|\\b(?:i'll|we'll|i'd like to|we'd like to)\\b");
    /** A word that opens the clause a first person goes on in, at the end of what comes before: cut it too. */
    private static final Pattern OPENER = Pattern.compile("(?i)(?:[\\s,]+|\\b(?:when|if|as|that|because|since|so|"
            + "but|and|which|while|where|then|also|or|um|uh|like|meaning))$");

    private SpokenRemnants() {
    }

    static Optional<Statement> clean(Statement s, String header) {
        return clean(s.text(), NoteHeaders.ASSESSMENT_AND_PLAN.equals(header)).map(text -> text.equals(s.text()) ? s
                : new Statement(text, s.confidence(), s.evidence()));
    }

    /** {@code plan}: the clinician's intentions ("I'll order an MRI") are the plan, not speech to drop. */
    static Optional<String> clean(String text, boolean plan) {
        Matcher label = LABEL.matcher(text);
        String head = label.find() ? label.group() : "";
        if (NAMED_LISTS.contains(head.toLowerCase(Locale.ROOT)) || !FIRST_PERSON.matcher(text).find()
                && !CORRECTION.matcher(text).find()) {
            return Optional.of(text);
        }
        List<String> kept = new ArrayList<>();
        for (String sentence : text.substring(head.length()).split("(?<=[.;])\\s+")) {
            String s = corrected(sentence);
            for (Rewrite r : REGISTER) {
                s = r.spoken().matcher(s).replaceAll(r.written());
            }
            s = withoutFirstPerson(s.strip(), plan);
            if (!s.isEmpty()) {
                kept.add(s);
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String body = Lines.period(String.join(" ", kept).replaceAll("\\s{2,}", " ").replaceAll("\\.{2,}", "."));
        return Optional.of(head + (head.isEmpty() || head.startsWith("•") ? Lines.capital(body) : body));
    }

    /** "in a couple weeks, or, I'm sorry, a couple months" → "in a couple months"; "phosphatase, excuse me, was". */
    private static String corrected(String sentence) {
        Matcher m = CORRECTION.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        String before = sentence.substring(0, m.start());
        String after = sentence.substring(m.end());
        String[] said = before.split(" ");
        String[] instead = after.split("[;,.]")[0].strip().split(" ");
        int n = instead.length;
        if (n <= 4 && said.length > n && said[said.length - n].equalsIgnoreCase(instead[0])) {
            before = String.join(" ", Arrays.copyOf(said, said.length - n)); // the words taken back
        }
        return corrected(before + " " + after);
    }

    /**
     * The sentence up to where the first person begins; when nothing comes before it but the sentence names a
     * finding, the whole sentence with the clinician in the third person (a finding is not dropped for its
     * wording); otherwise "".
     */
    private static String withoutFirstPerson(String sentence, boolean plan) {
        Matcher m = FIRST_PERSON.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        String before = sentence.substring(0, m.start(1));
        for (String cut = null; !before.equals(cut); ) {
            cut = before;
            before = OPENER.matcher(before).replaceFirst("");
        }
        if (before.split("\\s+").length >= 3) {
            return Lines.period(before);
        }
        String spoken = LETS.matcher(sentence).replaceAll("");
        boolean content = Phrasing.namesFinding(spoken) || VALUE.matcher(spoken).find();
        boolean keep = plan ? INTENT.matcher(spoken).find() || content : content && !INTENT.matcher(spoken).find();
        return keep ? Lines.period(Lines.capital(ThirdPerson.clinician(spoken).strip())) : "";
    }
}
