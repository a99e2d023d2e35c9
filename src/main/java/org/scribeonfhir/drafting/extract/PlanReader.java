package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.Support;

/**
 * The assessment and plan, problem by problem: the clinician's "for your first problem, your heart failure…"
 * or "I think you have a meniscus strain" opens a problem; the orders, advice and follow-up said after it
 * belong to it, unless a line names another problem or a drug is for another problem.
 */
final class PlanReader {

    record Result(List<Problem> problems, List<PlanItem> items) {
    }

    private static final Pattern INTRO = Pattern.compile("(?i)^(?:(?:so|okay|and|now|alright|all right|lastly|"
            + "finally|next|then|um|well)[, ]+)*(?:for|regarding|as for|as far as|in terms of|with regards? to|"
            + "moving on to|now for|and for|about)\\s+(?:your |the |his |her )?(?:(?:first|second|third|next|last|"
            + "final|other|1st|2nd|3rd) problem,?\\s*(?:which is\\s+)?(?:your |the |his |her )?)?([a-z][a-z0-9 '/-]{2,50}?)"
            + "(?:,|\\.|$| i | we | you | it | that | this | is | are | has | have | looks | seems )");
    private static final Pattern DIAGNOSIS = Pattern.compile("(?i)\\b(?:what you(?:'re| are) describing is|"
            + "(?:this|it|that) (?:sounds|looks|seems) (?:most |a lot )?like|most consistent with|most likely|"
            + "what (?:you have|this is) is|(?:this|it) is called|i (?:think|believe|suspect)(?: that)? "
            + "(?:you have|you've got|this is|it's|it is|that's|that is|she has|he has|you're dealing with|"
            + "what you have is)|(?:this|it|that) (?:is|looks like|sounds like|seems like|is most likely|is probably|"
            + "is likely|is consistent with)|(?:you|she|he) (?:have|has|most likely have|probably have|likely have)|"
            + "my diagnosis is|diagnosis (?:is|of))\\s+(?:probably |likely |most likely |definitely |a |an |"
            + "some |just |acute |mild )*([a-z][a-z -]{2,50}?)(?:,|\\.|$| and | from | that | which | so | but | "
            + "right now| at this point| today| in )");
    private static final Pattern NOT_A_PROBLEM = Pattern.compile("(?i)^(?:(?:any|some|a|the|your|my|it|this|that|"
            + "problem|question|plan|idea|issue|thing|good|great|fine|okay|better|worse|well|going|doing|been|"
            + "lot|little|bit|time|sense|chance|appointment|follow|next|one|two|first|last|other|more|less|"
            + "medication|medications|labs?|results?|exam|pain|something|nothing|anything|everything|things)\\b.*)$");

    /** Plans said in one breath ("…, and I want to order an echo") are lines of their own. */
    private static final Pattern LEADING_IT = Pattern.compile("(?i)(it)\\s+(?:can|may|might|will|could|should|takes|"
            + "usually|often|sometimes)\\b");
    private static final Pattern CLAUSES = Pattern.compile("(?i);\\s*|,?\\s+and (?=(?:i|we|i'll|we'll|i'm|we're|"
            + "let's|lets|you|then|also)\\b)|,\\s+(?=(?:i want|i'd like|i would like|we'll|i'll|let's)\\b)");

    /** An unknown phrase is a problem name only when it is shaped like a diagnosis. */
    private static final Pattern DIAGNOSIS_SHAPE = Pattern.compile("(?i)(?:disorder|disease|infection|syndrome|strain|"
            + "sprain|fracture|tear|injury|itis|osis|emia|pathy|algia|oma|ectomy|ism|failure|deficiency|"
            + "insufficiency|dysfunction|problems?|issues?|pain|exam|visit|check-?up|follow-?up)$");

    private PlanReader() {
    }

    /** The same line, or the same test ordered twice ("repeat A1c in 6 months" and "order an A1c"). */
    private static boolean same(PlanItem a, PlanItem b) {
        if (a.text() == null || b.text() == null) {
            return false;
        }
        if (a.text().equalsIgnoreCase(b.text())) {
            return true;
        }
        if (a.kind().equals("test") && b.kind().equals("test")) {
            String x = a.text().replaceAll("^(?:Order|Repeat) (?:an? )?", "").replaceAll(" (?:in|today|this|next) .*|"
                    + " today\\.$|\\.$", "");
            String y = b.text().replaceAll("^(?:Order|Repeat) (?:an? )?", "").replaceAll(" (?:in|today|this|next) .*|"
                    + " today\\.$|\\.$", "");
            return x.equalsIgnoreCase(y);
        }
        return false;
    }

    static Result read(Context c, Pronouns p, List<Medication> meds) {
        List<Block> blocks = new ArrayList<>();
        List<PlanItem> loose = new ArrayList<>();
        Block current = null;
        for (Utterance u : c.utterances()) {
            Part part = c.part(u);
            if (u.clinician() && !u.question() && part != Part.HISTORY && part != Part.PLAN) {
                for (Diagnoses.Diagnosis d : Diagnoses.in(c, u, u.text())) {
                    if (STRONG.matcher(u.text()).find()) {
                        current = diagnosed(c, blocks, current, d, u);
                    }
                }
            }
            if (!u.clinician() || part != Part.PLAN) {
                if (u.clinician() && u.question()) {
                    agreement(c, u, loose);
                }
                continue;
            }
            if (u.question()) {
                agreement(c, u, loose);
                continue;
            }
            String text = u.text();
            Matcher intro = INTRO.matcher(text);
            String rest = text;
            if (intro.find() && problemName(c, intro.group(1)) != null) {
                current = block(blocks, problemName(c, intro.group(1)), "confirmed", u);
                rest = text.substring(intro.end(1)).replaceFirst("^[,\\s]+", "");
            }
            for (Diagnoses.Diagnosis d : Diagnoses.in(c, u, rest)) {
                Block b = diagnosed(c, blocks, current, d, u);
                // "keep taking your omeprazole for the reflux": a drug's reason, not the topic the plan moves to
                boolean reason = rest.substring(0, Math.min(rest.length(), d.start())).matches("(?is).*\\bfor (?:your|the|"
                        + "his|her) (?:\\w+ )?$") && !c.vocabulary.find(Term.Kind.DRUG, rest.substring(0,
                        Math.min(rest.length(), d.start()))).isEmpty();
                current = reason && current != null ? current : b;
            }
            Matcher dx = DIAGNOSIS.matcher(rest);
            if (dx.find() && problemName(c, dx.group(1)) != null && c.vocabulary.find(Term.Kind.CONDITION, rest)
                    .isEmpty() && !rest.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:don't think|do not think|not|"
                    + "rule out|if)\\b.*" + Pattern.quote(dx.group(1).toLowerCase(Locale.ROOT)) + ".*")) {
                String certainty = rest.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:think|believe|suspect|"
                        + "probably|likely|looks like|sounds like|seems like|consistent with)\\b.*") ? "suspected"
                        : "confirmed";
                current = diagnosed(c, blocks, current, new Diagnoses.Diagnosis(problemName(c, dx.group(1)),
                        certainty, dx.start(1)), u);
            }
            rest = resolveIt(c, u, rest);
            Support s = Support.of(0.75 * Math.max(0.5, c.relevance(u)), u.turn());
            if (ORDERS_THAT.matcher(rest).find()) {
                rest = orderedBefore(c, u, rest);
            }
            for (String clause : rest.toLowerCase(Locale.ROOT).matches("(?s)^\\W*(?:and |so |but )?(?:if|unless|once|"
                    + "when)\\b.*") ? new String[] {rest} : CLAUSES.split(rest)) {
                boolean drug = !c.vocabulary.find(Term.Kind.DRUG, clause).isEmpty();
                // a clause that states the diagnosis is the problem's heading, not a line under it
                boolean states = !Diagnoses.in(c, u, clause).isEmpty() || DIAGNOSIS.matcher(clause).find()
                        && !c.vocabulary.find(Term.Kind.CONDITION, clause).isEmpty();
                for (PlanLines.Line line : PlanLines.of(clause, drug, p, c.vocabulary)) {
                    if (states && line.kind().matches("counselling|reasoning|treatment")
                            && !PlanLines.STATUS.matcher(clause).find()) {
                        continue;
                    }
                    Block target = named(c, blocks, clause, current);
                    PlanItem item = new PlanItem(null, line.kind(), line.text(), null, s);
                    if (target == null || line.kind().equals("follow-up")) {
                        add(loose, item);
                    } else if (target.items.stream().noneMatch(i -> same(i, item))) {
                        target.items.add(item);
                    }
                }
            }
        }
        for (Medication m : meds) {
            if (!m.ordered()) {
                continue;
            }
            Block target = forDrug(c, blocks, m);
            PlanItem item = new PlanItem(null, "medication", null, m, m.support());
            if (target == null) {
                loose.add(0, item);
            } else {
                target.items.add(item);
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<PlanItem> items = new ArrayList<>();
        if (blocks.size() > 1) {
            blocks.removeIf(b -> b.items.isEmpty() && b.complaint(c));
        }
        for (Block b : blocks) {
            problems.add(new Problem(b.name, b.status(), b.certainty, "patient", b.support));
            b.items.sort((x, y) -> Integer.compare(x.support().firstTurn(), y.support().firstTurn()));
            b.items.forEach(i -> items.add(i.withProblem(b.name)));
        }
        items.addAll(loose);
        return new Result(problems, items);
    }

    /** Exam and results sentences name a diagnosis only with a strong verb ("that's an ear infection"). */
    private static final Pattern STRONG = Pattern.compile("(?i)\\b(?:that's|that is|this is|consistent with|"
            + "impression|diagnosis|(?:she|he|you|they|[a-z]+) (?:has|have|has got|have got) an?|(?:this|it) (?:looks|sounds) "
            + "like an?)\\b");

    /** "…a low-dose CT scan of the chest once a year. I'm ordering that.": the order points back. */
    private static final Pattern ORDERS_THAT = Pattern.compile("(?i)^\\W*(?:(?:so|okay|and)\\W+)?(?:i'm|i am|i'll|we'll|"
            + "i will|we will|let's) (?:go ahead and )?(?:order|ordering|put in|putting in|get|schedule|set up|"
            + "going to order) (?:that|those|it|this|them|one)\\b");

    /** The sentence with the tests of the clinician's previous sentence put where "that" stood. */
    private static String orderedBefore(Context c, Utterance u, String rest) {
        List<Utterance> all = c.utterances();
        int at = all.indexOf(u);
        Utterance prev = at > 0 ? all.get(at - 1) : null;
        if (prev == null || !prev.clinician()) {
            return rest;
        }
        List<Match> tests = c.vocabulary.find(Term.Kind.TEST, prev.text());
        if (tests.isEmpty()) {
            return rest;
        }
        Match first = tests.get(0);
        String lead = prev.text().substring(0, first.start()).replaceAll("(?is)^.*?((?:\\b(?:low-dose|low dose|fasting|"
                + "baseline|repeat|24-hour|\\d+-day)\\s+)?)$", "$1");
        String phrase = lead + prev.text().substring(first.start(), tests.get(tests.size() - 1).end());
        return "I'll order " + phrase + ".";
    }

    /** The block of a stated diagnosis: a complaint block without lines yet is renamed to it. */
    /** "It can make you sleepy" right after the drug was named: the line names the drug, or it cannot stand. */
    private static String resolveIt(Context c, Utterance u, String rest) {
        Matcher it = LEADING_IT.matcher(rest);
        if (!it.lookingAt() || u.index() == 0) {
            return rest;
        }
        Utterance before = c.dialogue.ofTurn(u.turn()).stream().filter(x -> x.index() == u.index() - 1).findFirst()
                .orElse(null);
        List<Match> drugs = before == null ? List.of() : c.vocabulary.find(Term.Kind.DRUG, before.text());
        if (drugs.stream().map(Match::term).distinct().count() != 1) {
            return rest;
        }
        return drugs.get(0).surface().toLowerCase(Locale.ROOT) + rest.substring(it.end(1));
    }

    private static Block diagnosed(Context c, List<Block> blocks, Block current, Diagnoses.Diagnosis d, Utterance u) {
        if (d.certainty().equals("suspected") && known(c, d.name())) {
            d = new Diagnoses.Diagnosis(d.name(), "confirmed", d.start());
        }
        for (Block b : blocks) {
            if (b.named(d.name()) || b.name.toLowerCase(Locale.ROOT).contains(d.name().toLowerCase(Locale.ROOT))) {
                return b;
            }
            if (d.name().toLowerCase(Locale.ROOT).contains(b.name.toLowerCase(Locale.ROOT))) {
                // said again more precisely ("acute otitis media, left ear"): the block takes the precise name
                b.name = d.name();
                b.support = b.support.and(Support.of(b.support.confidence(), u.turn()));
                return b;
            }
        }
        if (current != null && current.complaint(c) && current.items.isEmpty()) {
            blocks.remove(current);
        }
        return block(blocks, d.name(), d.certainty(), u);
    }

    /** A condition the patient already has (said in the history, or on the chart) is not "likely". */
    private static boolean known(Context c, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (c.chart != null && c.chart.conditions().stream().anyMatch(f -> f.label().toLowerCase(Locale.ROOT)
                .contains(n))) {
            return true;
        }
        for (Utterance u : c.utterances()) {
            if (c.part(u) == Part.HISTORY) {
                for (Match m : c.vocabulary.find(Term.Kind.CONDITION, u.text())) {
                    if (m.term().canonical().equalsIgnoreCase(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Does that sound like a plan?" answered yes; "any questions?" answered no. */
    private static void agreement(Context c, Utterance q, List<PlanItem> out) {
        Utterance a = c.dialogue.answerTo(q);
        if (a == null) {
            return;
        }
        String t = q.text().toLowerCase(Locale.ROOT);
        Negation.Answer answer = Negation.answer(a.text());
        boolean agrees = a.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:sounds (?:good|great|fine|like a plan)|"
                + "that's fine|that works|okay|ok|sure|yes|yeah|perfect|agree|will do)\\b.*");
        if (t.matches("(?s).*\\b(?:sound (?:good|okay|ok|like a plan|fair|reasonable)|are you okay with|"
                + "does that work|is that okay|make sense)\\b.*") && (answer == Negation.Answer.YES || agrees)
                && answer != Negation.Answer.NO) {
            add(out, new PlanItem(null, "agreement", "The patient agrees with the plan.", null,
                    Support.of(0.8, q.turn(), a.turn())));
        } else if (t.matches("(?s).*\\bany (?:other |more |further )?questions\\b.*") && answer == Negation.Answer.NO) {
            add(out, new PlanItem(null, "agreement", "Questions were answered.", null,
                    Support.of(0.7, q.turn(), a.turn())));
        }
    }

    private static void add(List<PlanItem> out, PlanItem item) {
        if (out.stream().noneMatch(x -> x.text() != null && x.text().equals(item.text()))) {
            out.add(item);
        }
    }

    /** The note's name for a problem said in the plan; null when the phrase is not one. */
    static String problemName(Context c, String said) {
        String s = said.strip().replaceAll("(?i)^(?:your|the|his|her|a|an|some|that|this)\\s+", "").strip();
        if (s.isEmpty() || NOT_A_PROBLEM.matcher(s).matches() || s.split("\\s+").length > 6) {
            return null;
        }
        List<Match> known = c.vocabulary.find(s, Term.Kind.CONDITION, Term.Kind.SYMPTOM);
        if (!known.isEmpty()) {
            Match m = known.get(0);
            String extra = s.substring(0, m.start()).strip();
            String name = m.term().canonical();
            if (!extra.isEmpty() && extra.matches("(?i)(?:left|right|bilateral|acute|chronic|mild|moderate|severe|"
                    + "medial|lateral|lumbar|cervical)(?: \\w+)?")) {
                name = extra.toLowerCase(Locale.ROOT) + " " + name;
            }
            return capital(name);
        }
        return s.matches("(?i)[a-z][a-z -]*") && s.split("\\s+").length <= 4 && DIAGNOSIS_SHAPE.matcher(s).find()
                ? capital(s.toLowerCase(Locale.ROOT)) : null;
    }

    private static Block block(List<Block> blocks, String name, String certainty, Utterance u) {
        for (Block b : blocks) {
            if (b.named(name)) {
                return b;
            }
        }
        Block b = new Block(name, certainty, Support.of(0.75, u.turn()), u.turn());
        blocks.add(b);
        return b;
    }

    /** The problem a line names (a known problem's words in it), else the one being discussed. */
    private static Block named(Context c, List<Block> blocks, String text, Block current) {
        for (Match m : c.vocabulary.find(text, Term.Kind.CONDITION)) {
            for (Block b : blocks) {
                if (b.named(capital(m.term().canonical()))) {
                    return b;
                }
            }
        }
        return current;
    }

    /** A drug's problem: the block it was ordered in, unless it treats another block's problem. */
    private static Block forDrug(Context c, List<Block> blocks, Medication m) {
        Term drug = c.vocabulary.lookup(Term.Kind.DRUG, m.drug());
        Block byTurn = null;
        int last = m.support().turns().isEmpty() ? -1 : m.support().turns().get(m.support().turns().size() - 1);
        for (Block b : blocks) {
            if (b.start <= last && (byTurn == null || b.start >= byTurn.start)) {
                byTurn = b;
            }
        }
        if (drug != null && byTurn == null) {
            for (Block b : blocks) {
                if (treats(drug, b.name)) {
                    return b;
                }
            }
        }
        return byTurn;
    }

    private static boolean treats(Term drug, String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        return drug.related().stream().anyMatch(i -> p.contains(i) || i.contains(p));
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One problem of the plan and its lines. */
    private static final class Block {
        String name;
        final String certainty;
        Support support;
        final int start;
        final List<PlanItem> items = new ArrayList<>();

        Block(String name, String certainty, Support support, int start) {
            this.name = name;
            this.certainty = certainty;
            this.support = support;
            this.start = start;
        }

        boolean named(String other) {
            return name.equalsIgnoreCase(other);
        }

        /** Named after a symptom ("back pain"), not a diagnosis: a diagnosis said next replaces it. */
        boolean complaint(Context c) {
            return c.vocabulary.lookup(Term.Kind.SYMPTOM, name) != null;
        }

        String status() {
            for (PlanItem i : items) {
                String t = i.text() == null ? "" : i.text().toLowerCase(Locale.ROOT);
                if (t.matches("(?s).*\\b(?:if|not|unless|call)\\b.*")) {
                    continue;
                }
                if (t.matches(".*\\b(?:well[- ]controlled|under control|stable|doing well)\\b.*")) {
                    return "stable";
                }
                if (t.matches(".*\\b(?:worse|worsening|uncontrolled|not controlled)\\b.*")) {
                    return "worsening";
                }
                if (t.matches(".*\\b(?:improving|improved|better)\\b.*")) {
                    return "improving";
                }
            }
            return "unknown";
        }
    }
}
