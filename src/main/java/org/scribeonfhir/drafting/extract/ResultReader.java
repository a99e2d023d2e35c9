package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.ThirdPerson;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.ResultFinding;
import org.scribeonfhir.drafting.visit.Support;

/**
 * What tests showed, as the clinician read them out ("looking at your chest x-ray, it does look like you have
 * a little bit of fluid in your lungs" → "Chest x-ray shows a small amount of fluid in the lungs.").
 */
final class ResultReader {

    private static final Pattern LEAD = Pattern.compile("(?i)^(?:(?:so |and |now )?(?:in )?(?:looking|reviewing|"
            + "review|looked|i (?:reviewed|looked at|took a look at|went over|had a chance to (?:review|look at))|"
            + "we (?:reviewed|looked at|got|did get|had|obtained))(?: here)?(?: at| over)?(?: the)?(?: results? of)?"
            + "(?: your| the| his| her)?\\s+([a-z0-9 -]+?)(?: results?)?(?:,| and| that)\\s*)");
    private static final Pattern SHOWS = Pattern.compile("(?i)^(?:it |this |that |they |which )?(?:does |also )?"
            + "(?:looks? like|shows?|showed|reveals?|revealed|demonstrates?|demonstrated|came back|comes back|"
            + "appears? to (?:be|show)|was|is|were|are)\\s+(?:that )?(?:you have |there's |there is |there are )?");
    private static final Pattern FINDING = Pattern.compile("(?i)\\b(?:normal|abnormal|negative|positive|elevated|high|"
            + "low|fractures?|abnormalit\\w+|fluid|effusion|mass|nodule|infiltrate|pneumonia|stable|unremarkable|"
            + "reduced|intact|aligned|line up|lined up|"
            + "decreased|increased|enlarged|tear|arthritis|degenerative|stenosis|blockage|clear|no |\\d|"
            + Cues.TRACING + ")");
    /** "…if we need to go on to potentially ordering like a cat scan": a test to come has no result yet. */
    private static final Pattern TO_COME = Pattern.compile("(?i)\\b(?:order|ordering|schedule|"
            + "scheduling|consider|potentially|might|may need|if we|go on to|want to do|send (?:you|him|her) for)\\b"
            + "[^.]{0,30}$");
    private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:(?:about |around )?\\d+ (?:days?|weeks?|months?|"
            + "years?) ago|last (?:week|month|year)|this morning|yesterday|today|before you came in)\\b");

    private static final Pattern IN_OFFICE = Pattern.compile("(?i)\\bwe (?:also )?(?:did|got|ran|checked) "
            + "(?:an? |your )?(?:ecg|ekg|electrocardiogram|urine dip|urinalysis|rapid strep|strep test|rapid covid|"
            + "covid test|flu swab|pregnancy test|fingerstick|glucose check)\\b");

    private static final Pattern ASSESSES = Pattern.compile("(?i)^\\W*(?:it|this|that)(?:'s| is| isn't)\\b");

    private ResultReader() {
    }

    private static final Pattern URINE_PART = Pattern.compile("(?i)white (?:blood )?cells|red (?:blood )?cells|wbcs?|"
            + "rbcs?");
    private static final Pattern URINE = Pattern.compile("(?i)\\b(?:urin\\w*|nitrites?|leukocyte esterase|leucocytes|"
            + "high[- ]power field|hpf|dipstick)\\b");

    /** "…leukocyte esterase is negative, white cells zero to two": cells counted in the urine, not in the blood. */
    static boolean urineCells(String sentence, Match m) {
        return URINE_PART.matcher(m.surface()).matches() && URINE.matcher(sentence).find();
    }

    static List<ResultFinding> read(Context c, Pronouns p) {
        List<ResultFinding> out = new ArrayList<>();
        String lastTest = null;
        int officeTurn = -1;
        for (Utterance u : c.utterances()) {
            // "…no edema in your legs. we also did an ecg here today. it shows sinus tachycardia": a test done in
            // the office, read out during the exam
            boolean office = c.part(u) == Part.EXAM && u.clinician() && (IN_OFFICE.matcher(u.text()).find()
                    || officeTurn == u.turn() && lastTest != null);
            officeTurn = office ? u.turn() : officeTurn;
            if (!u.clinician() || u.question() || c.part(u) != Part.RESULTS && !office || retracted(c, u)
                    || Attribution.elsewhere(u)) {
                continue;
            }
            for (String piece : byTest(c, u.text())) { // one finding per test or lab read out
                List<Match> tests = c.vocabulary.find(Term.Kind.TEST, piece);
                List<Match> measures = office ? List.of() : c.vocabulary.find(Term.Kind.MEASURE, piece);
                // "Your urinalysis shows… No nitrites, … white cells zero to two": the urine's cells, no blood count
                boolean urine = tests.isEmpty() && measures.stream().anyMatch(m -> urineCells(u.text(), m));
                List<Match> labs = measures.stream().filter(m -> !m.term().canonical().endsWith(" score")
                        && !urineCells(u.text(), m)).toList();
                if (tests.isEmpty() && labs.isEmpty() && !urine && (!measures.isEmpty()
                        || !c.vocabulary.find(Term.Kind.DRUG, piece).isEmpty() && Sig.frequency(piece) != null)) {
                    // "For pain, acetaminophen 1 gram every 6 hours": the plan read after a result, no result
                    lastTest = null; // "your STOP-BANG score is 6 out of 8": the measurements' line, no result
                    continue;
                }
                String test = !tests.isEmpty() ? tests.get(0).term().canonical() : !labs.isEmpty()
                        ? labs.get(0).term().canonical() : urine ? "urinalysis" : lastTest;
                lastTest = test;
                if (!tests.isEmpty() && TO_COME.matcher(piece.substring(0, tests.get(0).start())).find()) {
                    lastTest = null; // what is said next is about that plan, not a result
                    continue;
                }
                if (test == null || !FINDING.matcher(piece).find() || tests.isEmpty() && labs.isEmpty()
                        && ASSESSES.matcher(piece).find() && !c.vocabulary.find(Term.Kind.CONDITION, piece).isEmpty()) {
                    continue; // "It's not rheumatoid arthritis, no.": the assessment, not the last test's result
                }
                String phrase = phrase(piece, test, p);
                String earlier = phrase == null && ScoreResults.scored(test) ? ScoreResults.earlier(piece) : null;
                ResultFinding last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (earlier != null && last != null && last.test().equals(test) && !last.text().contains("(")) {
                    // "Your PHQ-9 today is 14. Six weeks ago it was 19.": the earlier score beside today's
                    out.set(out.size() - 1, new ResultFinding(test, last.text().replaceFirst("\\.$", " (" + earlier
                            + ")."), null, last.support().and(Support.of(last.support().confidence(), u.turn()))));
                }
                if (phrase != null) {
                    Matcher w = WHEN.matcher(u.text()); // a score's line says when the earlier one was
                    String when = w.find() && !ScoreResults.scored(test) ? w.group()
                            .replaceFirst("(?i)^before you came in$", "before the visit")
                            : null;
                    Support support = Support.of(0.8 * Math.max(0.5, c.relevance(u)), u.turn());
                    if (ScoreResults.scored(test) && last != null && last.test().equals(test)
                            && last.support().turns().contains(u.turn())) {
                        // "your score is sixteen. Hang on, I added that wrong. It's fourteen.": the last said stands
                        out.set(out.size() - 1, new ResultFinding(test, ScoreResults.restated(last.text(), phrase),
                                null, last.support().and(support)));
                        continue;
                    }
                    out.add(new ResultFinding(test, phrase, when, support));
                }
            }
        }
        return out;
    }

    /** Where a new test's clause begins: "…, the", "; your", "and the" right before its name. */
    private static final Pattern PIECE_BREAK = Pattern.compile("(?i)(?:;|,|\\band\\b)\\s+(?:the |your |his |her )?$");

    /** "the tsh is 1.9 and the free t4 is 1.2; the hemoglobin is 13.4": one piece per test read out. */
    private static List<String> byTest(Context c, String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        String previous = null;
        for (Match t : c.vocabulary.find(text, Term.Kind.TEST, Term.Kind.MEASURE)) {
            String test = t.term().canonical().toLowerCase(Locale.ROOT);
            if (previous != null && !test.equals(previous) && t.start() > from) {
                Matcher b = PIECE_BREAK.matcher(text.substring(from, t.start()));
                if (b.find() && b.start() > 0) {
                    out.add(text.substring(from, from + b.start()));
                    from += b.start() + b.group().length() - b.group().replaceFirst("(?i)^(?:;|,|and)\\s+", "").length();
                }
            }
            previous = test;
        }
        out.add(text.substring(from));
        // "your glucose was 94 and your creatinine was 1.0, both normal": the verdict is every piece's
        Matcher both = BOTH.matcher(out.get(out.size() - 1));
        if (out.size() > 1 && both.find()) {
            String verdict = both.group(1).toLowerCase(Locale.ROOT);
            out.set(out.size() - 1, out.get(out.size() - 1).substring(0, both.start()));
            out.replaceAll(piece -> piece.replaceFirst("[,;.\\s]+$", "") + ", " + verdict);
        }
        return out;
    }

    private static final Pattern BOTH = Pattern.compile("(?i),?\\s+(?:both|all|all of them|both of them|all three) "
            + "(?:are |were |look |looked |came back )?(normal|fine|good|okay|within normal limits|in range)\\W*$");

    private static final Pattern SHOWS_ANYWHERE = Pattern.compile("(?i)\\b(?:it |this |that |which )?(?:also )?"
            + "(?:shows?|showed|reveals?|revealed|demonstrates?|demonstrated|came back)\\b(?: that)?\\s+");
    private static final Pattern CLAUSES = Pattern.compile("(?i),?\\s+and (?=(?:it|this|that|there|the|your)\\b)|"
            + ",\\s+and (?=with|we)\\b.*$|"
            + ",\\s*(?=(?:there's|there is|there are|it's|it is|this is|everything)\\b)|;\\s*|"
            + "\\s+(?=(?:i|we) (?:don't |do not |didn't |do |also |can )?(?:see|notice|appreciate)\\b)");
    private static final Pattern THERE = Pattern.compile("(?i)^(?:(?:so )?(?:there's|there is|there are|it's|it is|"
            + "this is|that is|everything (?:else )?(?:seems|looks|is)(?: to be)?|it (?:also )?(?:looks|appears)"
            + "(?: to be)?(?: like)?|(?:i|we) (?:do |also |can )?(?:notice|see|appreciate)(?: that)?)\\s+)+");

    private static final Pattern RADIOLOGIST = Pattern.compile("(?i)^.*?\\bthe radiologist(?:'s (?:read|report))?"
            + " (?:agrees|confirms|says|said)(?: that)?\\s*(?:[-—:,]\\s*)?");

    private static final Pattern META = Pattern.compile("(?i)\\b(?:let me|let's|go over|talk about|my assessment|"
            + "my plan|that we did|okay\\?)\\b");

    private static final Pattern WRONG_PATIENT = Pattern.compile("(?i)\\b(?:wrong (?:patient|chart|person|one)|"
            + "not (?:you|yours|his|hers)|that's not (?:you|yours|his|hers)|previous patient)\\b");

    /** Read out for the wrong patient: what precedes "that's not you, wrong chart" in the same turn is dropped. */
    private static boolean retracted(Context c, Utterance u) {
        for (Utterance x : c.dialogue.ofTurn(u.turn())) {
            if (x.index() >= u.index() && WRONG_PATIENT.matcher(x.text()).find()) {
                return true;
            }
        }
        return false;
    }

    static String phrase(String sentence, String test, Pronouns p) {
        if (ScoreResults.scored(test)) { // "…6 weeks ago it was 19." alone: no score of today
            return ScoreResults.of(sentence, test);
        }
        String said = phraseOf(sentence, test, p);
        return said == null ? null : PlanWording.ACRONYM.matcher(said).replaceAll(m -> m.group().equals("egfr") ? "eGFR"
                : m.group().toUpperCase(java.util.Locale.ROOT));
    }

    private static String phraseOf(String sentence, String test, Pronouns p) {
        String s = Phrasing.hedges(Phrasing.lead(sentence));
        // "that x-ray as far as the x-ray results that x-ray that i did this morning in the office the bony …"
        String done = s.replaceFirst("(?i)^.*\\b" + Pattern.quote(test) + "s?(?: results?)? (?:that )?(?:i|we) (?:did|"
                + "took|got|ordered|obtained)(?: it)?(?: (?:this morning|today|earlier|when you (?:first )?came in))?"
                + "(?: in the office| here)?\\s+", "");
        s = done.isBlank() ? s : done;
        // "because you mentioned that chest pain we did an ekg when you came in it's normal…": why and when it was done
        String did = s.replaceFirst("(?i)^.*?\\b(?:i|we) (?:also )?(?:did|got|ran|checked|obtained|took) (?:an? "
                + "|your |the |his |her )?" + Pattern.quote(test) + "s?(?: (?:when you (?:first )?came in|this morning|"
                + "today|earlier|here|in the office|before you came in))*\\s+(?:and )?(?=(?:it|that|this)"
                + "(?:'s| is| was| shows?| showed)\\b)", "")
                .replaceFirst("(?i),?\\s+so (?:nothing|no sign|no evidence|nothing there) (?:to suggest|of) .*$", "");
        s = did.isBlank() ? s : did;
        s = Phrasing.explanation(s);
        // "…and the radiologist's read agrees — no fracture seen": the finding, with whose read it also is
        Matcher agrees = RADIOLOGIST.matcher(s);
        s = agrees.find() ? s.substring(agrees.end()).replaceFirst("[.!\\s]+$", "") + " (radiologist agrees)" : s;
        Matcher lead = LEAD.matcher(s);
        if (lead.find()) {
            s = s.substring(lead.end());
        }
        s = Phrasing.lead(s);
        Matcher shows = SHOWS.matcher(s);
        boolean verb = shows.find() && shows.start() == 0;
        if (verb) {
            verb = shows.group().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(?:shows?|showed|reveals?|revealed|"
                    + "demonstrates?|demonstrated)\\b.*");
            s = s.substring(shows.end()).replaceFirst("(?i)^at\\s+", "");
        } else {
            Matcher any = SHOWS_ANYWHERE.matcher(s);
            if (any.find()) {
                verb = any.group().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(?:shows?|showed|reveals?|"
                        + "revealed|demonstrates?|demonstrated)\\b.*");
                s = s.substring(any.end()).replaceFirst("(?i)^at\\s+", "");
            }
        }
        List<String> findings = new ArrayList<>();
        for (String clause : CLAUSES.split(s)) {
            String f = THERE.matcher(Phrasing.lead(clause)).replaceFirst("");
            f = SHOWS_ANYWHERE.matcher(f).replaceFirst("");
            f = Phrasing.clinical(ThirdPerson.addressed(f, p)).replaceAll("(?i)\\b(?:his|her|the patient's)\\s+", "the ")
                    .replaceAll("[,.;\\s]+$", "").strip();
            if (!f.isBlank() && f.split("\\s+").length <= 30 && Cues.RESULT_WORDS.matcher(f).find()
                    && !META.matcher(f).find()) {
                findings.add(f);
            }
        }
        if (findings.isEmpty()) {
            return null;
        }
        String subject = capital(test);
        boolean named = findings.stream().anyMatch(f -> !org.scribeonfhir.drafting.lexicon.Vocabulary.get().find(f,
                org.scribeonfhir.drafting.lexicon.Term.Kind.TEST, org.scribeonfhir.drafting.lexicon.Term.Kind.MEASURE)
                .isEmpty());
        if (named && findings.size() > 1) {
            return Phrasing.finish(String.join("; ", findings));
        }
        if (findings.size() == 1) {
            String f = findings.get(0);
            boolean startsWithTest = f.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(?:the|your|his|her) ", "")
                    .startsWith(test.toLowerCase(java.util.Locale.ROOT));
            return Phrasing.finish(startsWithTest || !verb && f.matches("(?i)^(?:the |your )?[a-z0-9 -]+ (?:is|was|are|were) .*")
                    ? f : subject + (verb ? " shows " : ": ") + f);
        }
        return Phrasing.finish(subject + ": " + String.join("; ", findings));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
