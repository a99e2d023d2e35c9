package org.scribeonfhir.drafting.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a normalised turn into sentences, keeping where each starts. */
final class Sentences {

    /** A sentence ends at . ? ! followed by a space, except after a title ("Dr.") or an initial. */
    private static final Pattern END = Pattern.compile("(?<!\\b(?:[Dd]r|[Mm]rs?|[Mm]s|[Ss]t|vs)|(?<!['’])\\b[A-Za-z])"
            + "[.?!]+(?=\\s|$)"); // "…it stays on Amelia's." ends: the s of a possessive is no initial
    /** Where an unpunctuated run of speech is cut when it gets long. */
    private static final Pattern MARKER = Pattern.compile("(?i)\\s(?=(?:okay|alright|all right|so|and then|now|"
            + "and so|but|because|for (?:your|the|his|her) (?:first|second|third|fourth|next|last|final|other) "
            + "(?:problem|issue))\\s)");
    /** "…, okay?" / "…, right?": a statement with a tag, not a question. */
    private static final Pattern TAG_QUESTION = Pattern.compile("(?i),?\\s*(?:okay|ok|alright|all right|right|yeah|"
            + "you know|does that make sense|sound good|sounds good|is that okay)\\?$");
    /** "And your waterworks are all OK?", "You're sleeping alright?": asks how something is, no tag. */
    private static final Pattern HOW_IT_IS = Pattern.compile("(?i)\\b(?:are|is|'re|'s|been|all|feeling|doing|going|"
            + "passing (?:urine|water)|eating|sleeping|managing|coping)\\s+(?:okay|ok|alright|all right)\\?$");
    private static final int LONG = 40;
    /**
     * A plan said in one breath: "…, and I'll send you a prescription for X, and I'd like a blood test, and if you
     * get Y call 999". A comma before the clinician's next step or condition ends a clause in any long sentence.
     */
    private static final Pattern NEXT_STEP = Pattern.compile("(?i)(?<=,)\\s(?:(?:(?:and|so|then|and then),?\\s)?(?="
            + "(?:i'll|i will|i'd|i would|i'm going|i am going|i want|we'll|we will|we're going|we'd|let's|"
            + "what i'd like)\\b)|(?:and|and then),?\\s(?=if (?:you|it|things|he|she|that|the)\\b))");
    /** "…gabapentin, 300, no, actually, let's start lower, 100 mg": a correction runs on into the next clause. */
    private static final Pattern CORRECTING = Pattern.compile("(?i)\\b(?:no|sorry|actually|i mean|rather|wait|or)"
            + "\\W*$|\\b[a-z]+-$");
    /** "If she isn't better in eight weeks, I'll refer her": the step after the comma is the condition's own. */
    private static final Pattern OPEN_CONDITION = Pattern.compile("(?i)\\b(?:if|unless|in case|once|when|until|"
            + "should (?:you|it|she|he))\\b");
    private static final int LONG_CLAUSES = 20;
    private static final Pattern BACK_TO_IT = Pattern.compile("(?i)[\\s,]+(?=(?:but |so |okay |ok )?anyway\\b)");
    /**
     * "how is it as far as walking", "how about fatigue", "how are your symptoms" — but not "how about we start
     * you on…", a proposal.
     */
    private static final String HOW_ASKED = "how(?:'s| is| are| was| were| has| have| does| did) (?:it|that|this|your|"
            + "the|you|he|she|things|everything)|how about (?!we\\b|i\\b|if\\b|trying\\b|doing\\b|starting\\b)";
    /** "…like any flu like symptoms have you had like any body aches or chills": asked in the middle of a run. */
    private static final Pattern ASKED_INSIDE = Pattern.compile("(?:\\b(?:have you (?:ever )?(?:had|noticed|been having|felt|"
            + "experienced|lost|gained|seen|been feeling)|do you (?:have|get|feel|notice)|did you (?:have|get|notice|"
            + "feel|lose)|are you (?:still )?[a-z]+ing|are you allergic|are you (?:still )?on|" + HOW_ASKED + ")|(?<=\\b(?:okay|alright|all right|so|and) )"
            + "(?:any|what about (?!we\\b|i\\b|if\\b|trying\\b|doing\\b|starting\\b)|"
            // "no tenderness over the kidneys on either side good so what do you do for fun": a finding, then a
            // question
            + "(?:what|how|when|where) (?:do|did|are|were|have) you|what's (?:been )?(?:going on|happening|"
            + "brought you in|the problem))"
            // "okay so you're not taking naproxen any allergies": a new probe run on after a read-back
            + "|(?<=[a-z] )any (?:drug |medication |medicine )?allergies)\\b"
            + "(?:(?!\\b(?:i|we|i'm|i'll|let's|let me)\\b).)*$");
    /** Unpunctuated speech opens a question with fillers: "okay and alright and have you had any fever". */
    private static final String LEAD = "(?s)^(?:(?:and|so|then|ever|okay|ok|now|alright|all right|um|uh|well|right|"
            + "great|"
            + "good|hmm|mhmm|yeah|yes|oh)[,.]?\\s+)*";

    /** An unpunctuated answer run into the next statement: "very unlikely this is a sprain", "no it's a bruise". */
    private static final Pattern ANSWER_THEN = Pattern.compile("(?i)^(?:(?:very |highly |most )?(?:unlikely|likely)|"
            + "no|nope)\\s+(?=(?:this|that|it)(?:'s| is| was) )");

    record Piece(String text, int start, boolean question) {
    }

    private Sentences() {
    }

    static List<Piece> split(String text) {
        List<Piece> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int from = 0;
        while (m.find()) {
            add(text, from, m.end(), out);
            from = m.end();
        }
        add(text, from, text.length(), out);
        return out;
    }

    private static void add(String text, int from, int to, List<Piece> out) {
        String s = text.substring(from, to);
        int lead = s.length() - s.stripLeading().length();
        s = s.strip();
        if (s.isEmpty() || s.matches("[\\p{Punct}\\s]+")) {
            return;
        }
        int start = from + lead;
        int words = s.split("\\s+").length;
        Matcher back = BACK_TO_IT.matcher(s);
        if (back.find() && s.substring(0, back.start()).split("\\s+").length >= 5) {
            // "…raising the rent to 2100 a month can you believe that anyway so i think i have a uti": small talk, then
            // back to the visit
            add(text, start, start + back.start(), out);
            add(text, start + back.end(), start + s.length(), out);
            return;
        }
        if (words > LONG_CLAUSES && NEXT_STEP.matcher(s).find()) {
            cutAtSteps(s, start, out);
            return;
        }
        if (words <= LONG) {
            addAsked(s, start, out);
            return;
        }
        cutAtMarkers(s, start, out);
    }

    private static void cutAtSteps(String s, int start, List<Piece> out) {
        Matcher m = NEXT_STEP.matcher(s);
        int last = 0;
        while (m.find()) {
            String clause = s.substring(last, m.start());
            if (clause.split("\\s+").length >= 4 && !OPEN_CONDITION.matcher(clause).find()
                    && !CORRECTING.matcher(clause).find()) {
                addClause(clause.strip(), start + last, out);
                last = m.end();
            }
        }
        addClause(s.substring(last).strip(), start + last, out);
    }

    private static void addClause(String clause, int start, List<Piece> out) {
        String s = clause.endsWith(",") ? clause.substring(0, clause.length() - 1) : clause;
        if (s.split("\\s+").length > LONG) {
            cutAtMarkers(s, start, out);
        } else {
            addAsked(s, start, out);
        }
    }

    private static void cutAtMarkers(String s, int start, List<Piece> out) {
        // Unpunctuated speech (a recorder without sentence marks): cut at discourse markers.
        Matcher m = MARKER.matcher(s);
        int last = 0;
        while (m.find()) {
            if (s.substring(last, m.start()).split("\\s+").length >= 10) {
                addAsked(s.substring(last, m.start()).strip(), start + last, out);
                last = m.start() + 1;
            }
        }
        addAsked(s.substring(last).strip(), start + last, out);
    }

    /**
     * Unpunctuated speech runs a statement into a question: "…like any flu like symptoms have you had any body
     * aches or chills", "…and a lipid panel do you have any questions". The question is a sentence of its own.
     */
    private static void addAsked(String s, int start, List<Piece> out) {
        Matcher answer = ANSWER_THEN.matcher(s);
        if (answer.lookingAt()) {
            // "very unlikely this is a sprain of the outside ligaments": the answer, then what it is
            out.add(piece(s.substring(0, answer.end()).strip(), start));
            addAsked(s.substring(answer.end()), start + answer.end(), out);
            return;
        }
        Matcher q = s.endsWith(".") || s.endsWith("!") ? null : ASKED_INSIDE.matcher(s.toLowerCase(java.util.Locale.ROOT));
        if (q != null && q.find() && s.substring(0, q.start()).strip().split("\\s+").length >= 4
                && !ONLY_LEAD.matcher(s.substring(0, q.start()).toLowerCase(java.util.Locale.ROOT)).matches()) {
            // "…on either side good so | what do you do for fun": the words that only lead into the question go
            out.add(piece(s.substring(0, q.start()).strip().replaceFirst("(?i)\\s+(?:good|great|perfect)"
                    + "(?:\\s+(?:so|and))?$", ""), start));
            out.add(piece(s.substring(q.start()), start + q.start()));
            return;
        }
        out.add(piece(s, start));
    }

    private static final Pattern ONLY_LEAD = Pattern.compile(LEAD + "$");
    private static final Pattern ASKS = Pattern.compile(LEAD + "(?:do|does|did|is|are|was|were|can|could|would|will|"
            + "have|has|any|how|what|when|where|why|who|which|should)\\b.*");
    /** "during the attacks have you had any weakness": a short setting said before the question. */
    private static final String SETTING = "(?:(?:(?:during|in|with|since|after|before|over|at) (?:the |your |those |"
            + "these |that |this |an? )?[a-z]+(?: [a-z]+)?|out of (?:10|ten)),? )?";
    private static final Pattern UNFINISHED = Pattern.compile(LEAD + SETTING + "(?:do you|did you|have you|has (?:he|she)|"
            + "are you|is (?:he|she|it|there)|(?:does|did|has|do|have|was) (?:it|they|that|this|the pain)|any|"
            + HOW_ASKED + "|what about (?!we\\b|i\\b|if\\b|trying\\b|doing\\b|starting\\b)|"
            // "and when did you first notice that", "how often is it happening": a recorder drops the question mark
            + "what's (?:been )?(?:going on|happening|brought you in|the problem)|"
            + "(?:when|how|what|where|which) (?:exactly )?(?:did|do|does|is|are|was|were|has|have|long|often|bad|much|many|"
            + "severe|kind|time|part|side|makes?|brings?|helps?|happens)\\b(?!.*\\b(?:i'll|we'll|i'm going|we're going|"
            + "i want|i'd like)\\b))\\b.*");
    // "you had a reaction to codeine, right?" checks a fact with the patient; "take it with food, okay?" does not
    private static final Pattern CONFIRMS = Pattern.compile("(?s).*\\byou(?:'ve| have| had| were| are|'re| take| took| "
            + "used)\\b.*(?:right|correct)\\?$");
    // "and the only allergy is aspirin, is that right?" asks to confirm
    private static final Pattern CONFIRMS_TAG = Pattern.compile("(?s).*,\\s*(?:is that (?:right|correct|still right)|"
            + "correct)\\?$");

    private static Piece piece(String s, int start) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean unfinished = !s.endsWith(".") && !s.endsWith("!") && UNFINISHED.matcher(lower).matches();
        boolean question = s.endsWith("?") && (ASKS.matcher(lower).matches() || CONFIRMS.matcher(lower).matches()
                || CONFIRMS_TAG.matcher(lower).matches() || !TAG_QUESTION.matcher(s).find()
                || HOW_IT_IS.matcher(s).find())
                || unfinished;
        return new Piece(s, start, question);
    }
}
