package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;

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
            + "moving on to|now for|and for|about)\\s+(?:your |the |his |her |you )?(?:(?:(?:first|second|third|next|"
            + "last|final|other|primary|main|1st|2nd|3rd) (?:problem|diagnosis|issue)|problem (?:number )?(?:one|two|"
            + "three|four|five|[1-5])),?\\s*(?:(?:which is|so|of|is)\\s+)?(?:your |the |his |her )?(?:(?:this|that|you "
            + "know|like|kind of),?\\s+)*)?([a-z][a-z0-9 '/-]{2,50}?)"
            + "(?:,|\\.|$| i | i'm | i'll | i'd | we | we'll | we're | let's | you | it | that | this | is | are | has "
            + "| have | looks | seems )");
    /** Plans said in one breath ("…, and I want to order an echo") are lines of their own. */
    private static final Pattern CLAUSES = Pattern.compile("(?i);\\s*|,?\\s+and (?=(?:i|we|i'll|we'll|i'm|we're|"
            + "let's|lets|you(?!'re|'ve| are| were| have| had)|then|also|if|keep (?:drinking|taking|using|an eye)|stay|avoid|make sure)\\b)"
            + "|,\\s+(?=(?:i want|i'd like|"
            + "i would like|"
            + "we'll|i'll|let's)\\b)");

    private static final Pattern TAKE_IT = Pattern.compile("(?i)^\\W*(?:(?:and|so|now)\\W+)?(?:take|use) (?:it|them|this|"
            + "that)\\b");

    private PlanReader() {
    }


    static Result read(Context c, Pronouns p, List<Medication> meds, List<Symptom> symptoms) {
        List<ProblemBlock> blocks = new ArrayList<>();
        List<PlanItem> loose = new ArrayList<>();
        ProblemBlock current = null;
        java.util.Set<Utterance> consumed = new java.util.HashSet<>();
        for (Utterance u : c.utterances()) {
            Part part = c.part(u);
            if (u.clinician() && !u.question() && part != Part.HISTORY && part != Part.PLAN) {
                // "the x-ray shows a pneumonia" is read as "the x-ray is a pneumonia": the imaging names the diagnosis
                boolean shown = IMAGING_SHOWS.matcher(u.text()).find() && imaging(c, u);
                String said = shown ? SHOWS.matcher(u.text()).replaceAll("is") : u.text();
                List<Diagnoses.Diagnosis> stated = Diagnoses.in(c, u, said);
                // a worry acted on ("I can't be sure it isn't a melanoma, so…") is the impression wherever it is said
                if (!stated.isEmpty() && (shown || STRONG.matcher(said).find() || Diagnoses.restates(c, u)
                        || stated.stream().anyMatch(d -> d.certainty().equals("possible")))) {
                    for (Diagnoses.Diagnosis d : stated) {
                        current = ProblemBlocks.diagnosed(c, blocks, current, d, u);
                    }
                }
            }
            if (!u.clinician() || part != Part.PLAN || Attribution.elsewhere(u)) {
                if (u.clinician() && u.question()) {
                    agreement(c, u, loose);
                }
                continue;
            }
            if (u.question()) {
                agreement(c, u, loose);
                continue;
            }
            if (consumed.contains(u) || DoseCorrections.fixesOrder(u.text()) || BackupPrescription.conditionOfOrder(c,
                    u)) {
                continue; // the action said after a trigger, already read with it; what the order line says
            }
            String text = SafetyNets.joined(c, u, consumed);
            if (DrugPronoun.sigOfOrder(c, u, text, meds)) {
                DrugInstructions.item(c, u).ifPresent((current == null ? loose : current.items)::add);
                continue; // the order says the sig; only how to take it is left to say
            }
            Matcher intro = INTRO.matcher(text);
            String rest = text;
            int known = blocks.size();
            boolean introduced = false;
            if (intro.find() && ProblemNames.of(c, intro.group(1)) != null) {
                introduced = true;
                current = ProblemBlocks.block(blocks, ProblemNames.of(c, intro.group(1)), "confirmed", u);
                // "For a buckle fracture a splint is just as good": the topic ends with its condition
                int end = intro.end(1);
                for (Match m : c.vocabulary.find(Term.Kind.CONDITION, intro.group(1))) {
                    end = intro.group(1).substring(m.end()).matches("\\s+(?:a|an|the|some)\\s.*")
                            ? intro.start(1) + m.end() : end;
                }
                rest = text.substring(end).replaceFirst("^[,\\s]+", "");
            }
            for (Diagnoses.Diagnosis d : Diagnoses.in(c, u, rest)) {
                // "keep taking your omeprazole for the reflux": a drug's reason, not the topic the plan moves to
                String before = rest.substring(0, Math.min(rest.length(), d.start()));
                boolean reason = before.matches("(?is).*\\bfor (?:your|the|his|her) (?:\\w+ )?$")
                        && !c.vocabulary.find(Term.Kind.DRUG, before).isEmpty();
                // "you can't take those medications because of your kidney transplant": why, not a problem of its own
                boolean why = current != null
                        && before.matches("(?is).*\\b(?:because of|due to|given) (?:your|the|his|her) (?:\\w+ )?$");
                if (!why) {
                    // "about the smoking, quitting would also help your back and your reflux": the topic the
                    // sentence opens stays the one it is filed under, not a problem it names in passing
                    int opened = blocks.size();
                    ProblemBlock b = ProblemBlocks.diagnosed(c, blocks, current, d, u);
                    boolean passing = introduced && blocks.size() == opened;
                    introduced |= blocks.size() > opened;
                    current = (reason || passing) && current != null ? current : b;
                }
            }
            Diagnoses.Diagnosis said = SaidDiagnosis.of(c, rest);
            if (said != null) {
                current = ProblemBlocks.diagnosed(c, blocks, current, said, u);
            }
            boolean opened = blocks.size() > known || introduced;
            for (String stated : StatedProblems.opens(c, rest)) {
                // "your depression is improving … and the anxiety's better": the lines that follow stay with the first
                ProblemBlock b = ProblemBlocks.diagnosed(c, blocks, current, new Diagnoses.Diagnosis(stated, "confirmed",
                        0), u);
                current = opened ? current : b;
                opened = true;
            }
            rest = NotNeeded.answer(c, u, DrugPronoun.named(c, u, rest, meds));
            Support s = Support.of(0.75 * Math.max(0.5, c.relevance(u)), u.turn());
            if (ORDERS_THAT.matcher(rest).find()) {
                rest = orderedBefore(c, u, rest);
            }
            String choice = DrugChoices.line(c, u);
            choice = choice != null ? choice : StrongerInstead.line(c, u); // "a stronger one instead of ibuprofen"
            if (choice != null) {
                (current == null ? loose : current.items).add(new PlanItem(null, "treatment", choice, null, s));
            }
            String instructions = DrugInstructions.of(c, u);
            if (instructions != null) {
                (current == null ? loose : current.items).add(new PlanItem(null, "counselling", instructions, null, s));
                rest = TAKE_IT.matcher(rest).lookingAt() ? "" : rest; // "take it with a full glass of water…": said
            }
            for (String clause : rest.toLowerCase(Locale.ROOT).matches("(?s)^\\W*(?:(?:and|so|but|now|okay|right|"
                    + "also|then|however|in the meantime|meanwhile|initially|for now)\\W+){0,3}(?:if|unless|once|when)"
                    + "\\b.*")
                    ? new String[] {rest} : CLAUSES.split(rest)) {
                boolean drug = !c.vocabulary.find(Term.Kind.DRUG, clause).isEmpty();
                // a clause that states the diagnosis is the problem's heading, not a line under it
                boolean states = !Diagnoses.in(c, u, clause).isEmpty() || SaidDiagnosis.DIAGNOSIS.matcher(clause).find()
                        && !c.vocabulary.find(Term.Kind.CONDITION, clause).isEmpty();
                for (PlanLines.Line line : PlanLines.of(clause, drug, p, c.vocabulary)) {
                    if (states && line.kind().matches("counselling|reasoning|treatment")
                            && !PlanLines.STATUS.matcher(clause).find()) {
                        continue;
                    }
                    // the nurse at work ("Here you go, under the tongue.", "Here's the ECG, it's printed off"): the
                    // doctor's plan is the note's, the nurse's orders and advice only
                    if (Role.assisting(u.speaker()) && line.kind().matches("counselling|reasoning")
                            && !line.text().startsWith("Advised")) {
                        continue;
                    }
                    // a problem opened in this sentence keeps its lines, even one naming an older problem in passing
                    ProblemBlock target = current != null && blocks.indexOf(current) >= known ? current
                            : ProblemBlocks.named(c, blocks, clause, current);
                    PlanItem item = new PlanItem(null, line.kind(), line.text(), null, s);
                    if (target == null || line.kind().equals("follow-up")) {
                        add(loose, item);
                    } else if (!target.has(item)) {
                        target.items.add(item);
                    }
                }
            }
            String avoided = DrugAvoided.of(c, u, p); // unless the sentence's own advice line already says it
            if (avoided != null && java.util.stream.Stream.concat(loose.stream(), blocks.stream().flatMap(b -> b.items
                    .stream())).noneMatch(i -> i.support() == s && ADVISED.matcher(String.valueOf(i.text())).find())) {
                (current == null ? loose : current.items).add(new PlanItem(null, "counselling", avoided, null, s));
            }
        }
        for (Medication m : meds) {
            if (!m.ordered()) {
                continue;
            }
            ProblemBlock target = ProblemBlocks.forDrug(c, blocks, m);
            PlanItem item = new PlanItem(null, "medication", null, m, m.support());
            if (target == null) {
                loose.add(0, item);
            } else {
                target.items.add(item);
            }
        }
        WoundRepair.into(c, blocks, loose);
        List<Problem> problems = new ArrayList<>();
        List<PlanItem> items = new ArrayList<>();
        if (blocks.size() > 1) {
            blocks.removeIf(b -> b.items.isEmpty() && b.complaint(c));
        }
        blocks.forEach(b -> b.name = ProblemSides.of(c, b, symptoms));
        ProblemBlocks.sameProblem(blocks);
        for (ProblemBlock b : blocks) {
            ProblemStatus.Stated stated = ProblemStatus.of(c, b);
            problems.add(new Problem(b.name, stated.status() != null ? stated.status() : b.status(), b.certainty,
                    "patient", b.support, stated.before(), stated.after()));
            b.items.sort((x, y) -> Integer.compare(x.support().firstTurn(), y.support().firstTurn()));
            b.items.forEach(i -> items.add(i.withProblem(b.name)));
        }
        items.addAll(loose);
        // the same test ordered under two problems, or under one and again in the recap: one line, the first
        java.util.Set<String> tests = new java.util.HashSet<>();
        items.removeIf(i -> i.kind().equals("test") && i.text() != null
                && !tests.add(ProblemBlock.test(i.text()).toLowerCase(java.util.Locale.ROOT)));
        return new Result(problems, items);
    }

    private static final Pattern ADVISED = Pattern.compile("(?i)^advised to (?:avoid|stay off|no more)\\b");

    /** Exam and results sentences name a diagnosis only with a strong verb ("that's an ear infection"). */
    private static final Pattern STRONG = Pattern.compile("(?i)\\b(?:that's|that is|this is|consistent with|"
            + "(?:is|'s|are) (?:almost certainly|most likely|definitely)|"
            + "impression|diagnosis|(?:she|he|you|they|[a-z]+) (?:has|have|has got|have got) an?(?! (?:look|listen|feel|go|"
            + "chat|word|think|quick|try)\\b)|(?:this|it) (?:looks|"
            + "sounds)(?: to me)? like(?= an? | (?:[a-z]+ )?[a-z]+s\\b| it was an? )|(?:i'd|i would) call (?:it|this|that)|"
            + "i (?:think|believe|suspect) (?:these|they) are|(?:these|they) (?:sound|look) like|"
            + "what (?:you've got|you have|you've had|he's got|she's got|he has|she has) is|"
            + "there(?:'s| is) an? (?=(?:[a-z]+ ){0,2}(?:laceration|abrasion|burn|puncture wound|contusion|abscess|"
            + "dislocation)))\\b");
    /** "The x-ray shows a pneumonia": imaging read out names the diagnosis (an ECG's rhythm is a finding). */
    private static final Pattern IMAGING_SHOWS = Pattern.compile("(?i)\\b(?:x[- ]?rays?|ct|mri|ultrasound|scan|films?|"
            + "radiographs?|it)\\b[^.;]{0,20}\\b(?:shows?|showed|confirms?|confirmed|reveals?|revealed)\\b");

    private static final Pattern SHOWS = Pattern.compile("(?i)\\b(?:shows?|showed|confirms?|confirmed|reveals?|revealed)"
            + "\\b");

    /** The sentence or the one before it in the turn names imaging ("I've got the x-ray back. It shows…"). */
    private static boolean imaging(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        String said = (u.index() > 0 && u.index() <= turn.size() ? turn.get(u.index() - 1).text() + " " : "") + u.text();
        return said.matches("(?is).*\\b(?:x[- ]?rays?|ct|mri|ultrasound|scan|films?|radiographs?)\\b.*");
    }

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
}
