package org.scribeonfhir.drafting.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Attribution;
import org.scribeonfhir.drafting.extract.Negation;
import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.extract.Words;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;

/** The check's rules, each returning {kind, detail} pairs for what its evidence does not support. */
final class Rules {

    /** Words the note uses to frame facts, not facts themselves. */
    private static final Set<String> FRAMING = Set.copyOf(java.util.Arrays.asList(("reports report reported denies "
            + "denied endorses endorsed also history provided patient patient's presents presenting year-old old "
            + "female male girl boy infant child woman man rated worse better vitals likely advised clinic care team "
            + "clinician notify return current medications medication allergies allergy past surgical family social "
            + "problem list chart mild slightly small amount significant daily nightly bedtime morning twice three "
            + "four times weekly monthly needed mouth longer taking since started with for from into onto will may "
            + "would need needs has have had his her him she he they them their the known drug previous "
            + "constitutional respiratory cardiovascular gastrointestinal genitourinary musculoskeletal neurological "
            + "psychiatric endocrine skin eyes hematologic lymphatic allergic immunologic integumentary head face neck "
            + "ears nose mouth throat years-old pain ms mr mrs miss normal limits within further time needed "
            + "necessary workup "
            // how a remote visit was held ("Telephone consultation: not examined.") is the note's frame, not a claim
            + "telephone video consultation examined examination described limited seen could").split(" ")));
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]+");
    private static final Pattern CORRECTED = Pattern.compile("(?i)^[^.?!]{0,25}?(?:\\bno\\b|\\bsorry\\b|\\bi mean\\b|"
            + "\\bactually\\b|\\bwait\\b|\\bmake (?:that|it)\\b|\\bscratch that\\b|\\bcorrection\\b|—|--)");
    static final double MIN_COVERAGE = 0.5;
    private static final Pattern ASKS = Pattern.compile("(?i)\\b(?:have you|do you|did you|are you|has he|has she|"
            + "does he|does she|any)\\b[^.]*$");

    private Rules() {
    }

    static List<String[]> all(Content c, EvidenceText e) {
        List<String[]> out = new ArrayList<>();
        String evidence = e.all();
        Set<String> evidenceTerms = e.terms();
        for (Match d : c.drugs()) {
            if (!evidenceTerms.contains("DRUG:" + d.term().canonical()) && !evidence.contains(d.surface().toLowerCase(
                    Locale.ROOT))) {
                out.add(new String[] {"drug", d.surface() + " is not in its evidence"});
            }
        }
        numbers(c, e, evidence, out);
        concepts(c, e, evidence, evidenceTerms, out);
        for (String side : c.sides()) {
            if (!evidence.matches("(?s).*\\b" + side + "\\b.*")) {
                out.add(new String[] {"side", "\"" + side + "\" is not in its evidence"});
            }
        }
        for (String r : c.relatives()) {
            if (!evidence.matches("(?s).*\\b(?:" + synonyms(r) + ")\\b.*")) {
                out.add(new String[] {"whose", "\"" + r + "\" is not in its evidence"});
            }
        }
        coverage(c, evidence, evidenceTerms, out);
        return out;
    }

    private static void numbers(Content c, EvidenceText e, String evidence, List<String[]> out) {
        List<Quantity> said = e.quantities();
        for (Quantity q : c.numbers()) {
            Quantity hit = null;
            for (Quantity x : said) {
                if (Quantities.same(x.value(), q.value()) && compatible(q.unit(), x.unit())) {
                    hit = x;
                    break;
                }
            }
            if (hit == null && q.value().endsWith("/10")) {
                String n = q.value().substring(0, q.value().length() - 3);
                boolean scale = evidence.matches("(?s).*\\b(?:10|ten|scale)\\b.*");
                for (Quantity x : said) {
                    if (scale && Quantities.same(x.value(), n)) {
                        hit = x;
                        break;
                    }
                }
            }
            hit = hit != null ? hit : SaidOtherwise.counted(said, evidence, q);
            if (hit == null) {
                out.add(new String[] {"number", q.text() + " is not in its evidence"});
            } else if (CORRECTED.matcher(evidence.substring(hit.end(), Math.min(evidence.length(), hit.end() + 40)))
                    .find() && evidence.indexOf(q.value(), hit.end()) < 0
                    && !Quantities.find(evidence.substring(hit.end(), Math.min(evidence.length(), hit.end() + 60)))
                    .isEmpty()) {
                out.add(new String[] {"corrected", q.text() + " was corrected by the speaker"});
            }
        }
    }

    static boolean compatible(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        Set<String> mass = Set.of("mg", "mcg", "g");
        if (mass.contains(a) && mass.contains(b)) {
            return false;
        }
        return !(a.equals("%") ^ b.equals("%"));
    }

    private static void concepts(Content c, EvidenceText e, String evidence, Set<String> terms, List<String[]> out) {
        for (Content.Concept concept : c.concepts()) {
            Term t = concept.match().term();
            if (!terms.contains(t.kind() + ":" + t.canonical()) && !allWords(t.canonical(), evidence)
                    && !sited(concept.match().surface(), evidence, terms) && !composed(t, terms)
                    && !SaidOtherwise.root(concept.match().surface(), evidence)
                    && !SaidOtherwise.characterised(concept.match().surface(), terms)) {
                out.add(new String[] {"concept", t.canonical() + " is not in its evidence"});
                continue;
            }
            List<Presence> seen = new ArrayList<>();
            List<String> whose = new ArrayList<>();
            for (Utterance u : e.utterances) {
                for (Match m : e.mentions(u, t.kind())) {
                    Presence p = m.term() == t ? polarity(e, u, m) : null;
                    if (p != null && !(e.whole() && p == Presence.UNCERTAIN)) {
                        seen.add(p);
                        whose.add(Attribution.of(u, m.start()));
                    }
                }
            }
            if (!e.chart.isEmpty() && e.chart.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(
                    t.canonical().toLowerCase(Locale.ROOT)))) {
                seen.add(Presence.PRESENT);
                whose.add(Attribution.PATIENT);
            }
            if (!seen.isEmpty() && !seen.contains(concept.presence()) && !seen.contains(Presence.UNCERTAIN)) {
                out.add(new String[] {"negation", t.canonical() + " is " + (concept.presence() == Presence.DENIED
                        ? "denied here but present" : "present here but denied") + " in its evidence"});
            }
            if (c.relatives().isEmpty() && !whose.isEmpty() && !whose.contains(Attribution.PATIENT)) {
                out.add(new String[] {"whose", t.canonical() + " is said of someone else (" + whose.get(0) + ")"});
            }
        }
    }

    /**
     * "knee pain" written from "my knee hurts": the body site is in the evidence and so is the symptom the
     * name is built on (pain, swelling, tingling…).
     */
    private static boolean sited(String surface, String evidence, Set<String> terms) {
        Vocabulary v = Vocabulary.get();
        List<Match> sites = v.find(Term.Kind.SITE, surface);
        if (sites.isEmpty()) {
            return false;
        }
        boolean site = sites.stream().allMatch(s -> terms.contains("SITE:" + s.term().canonical()));
        String rest = surface.toLowerCase(Locale.ROOT);
        for (Match s : sites) {
            rest = rest.replace(s.surface().toLowerCase(Locale.ROOT), " ");
        }
        boolean base = false;
        for (Match m : v.find(Term.Kind.SYMPTOM, rest)) {
            base |= terms.contains("SYMPTOM:" + m.term().canonical());
        }
        for (String w : rest.split("[^a-z]+")) {
            base |= w.length() > 3 && !w.equals("region") && inEvidence(w, evidence);
        }
        return site && base;
    }

    /** "low back pain" written from "my lower back hurts": a site of the evidence and its pain name the term. */
    private static boolean composed(Term t, Set<String> terms) {
        Vocabulary v = Vocabulary.get();
        for (String site : terms) {
            if (!site.startsWith("SITE:")) {
                continue;
            }
            Term s = v.lookup(Term.Kind.SITE, site.substring(5));
            if (s == null) {
                continue;
            }
            List<String> names = new ArrayList<>(s.variants());
            names.add(s.canonical());
            for (String base : terms) {
                if (!base.startsWith("SYMPTOM:")) {
                    continue;
                }
                for (String n : names) {
                    if (v.lookup(Term.Kind.SYMPTOM, n + " " + base.substring(8)) == t) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A mention's polarity; a question's is its answer's. */
    private static Presence polarity(EvidenceText e, Utterance u, Match m) {
        if (u.clinician() && u.question()) {
            Utterance a = e.dialogue().answerTo(u);
            if (a == null) {
                return Presence.UNCERTAIN;
            }
            Negation.Answer answer = Negation.answer(a.text());
            if (Negation.of(u.text(), m.start(), m.end()) == Presence.DENIED) {
                // "And there was no blood in your vomit, is that right?" "Yeah…": the denial confirmed
                return answer == Negation.Answer.YES ? Presence.DENIED : Presence.UNCERTAIN;
            }
            return answer == Negation.Answer.YES ? Presence.PRESENT : answer == Negation.Answer.NO ? Presence.DENIED
                    : Presence.UNCERTAIN;
        }
        if (e.whole() && u.clinician() && ASKS.matcher(u.text().substring(0, m.start())).find()) {
            // Unpunctuated speech: "okay and have you noticed any fever" is a question; its answer is the next turn.
            List<Utterance> next = e.dialogue().ofTurn(u.turn() + 1);
            if (next.isEmpty() || next.get(0).clinician()) {
                return Presence.UNCERTAIN;
            }
            Negation.Answer answer = Negation.answer(next.get(0).text());
            return answer == Negation.Answer.YES ? Presence.PRESENT : answer == Negation.Answer.NO ? Presence.DENIED
                    : Presence.UNCERTAIN;
        }
        String text = Negation.withoutAnswer(u.text());
        int shift = u.text().length() - text.length();
        return Negation.of(text, Math.max(0, m.start() - shift), Math.max(0, m.end() - shift));
    }

    /** Share of the statement's content words its evidence holds (clinical terms count when any variant is there). */
    private static void coverage(Content c, String evidence, Set<String> terms, List<String[]> out) {
        String text = c.text().toLowerCase(Locale.ROOT);
        Set<String> covered = new HashSet<>();
        for (Match m : Vocabulary.get().find(c.text(), Term.Kind.values())) {
            if (terms.contains(m.term().kind() + ":" + m.term().canonical())) {
                for (String w : m.surface().toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                    covered.add(w);
                }
            }
        }
        int total = 0;
        int found = 0;
        List<String> missing = new ArrayList<>();
        var m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.length() < 3 || Words.STOP.contains(w) || FRAMING.contains(w)) {
                continue;
            }
            total++;
            if (covered.contains(w) || inEvidence(w, evidence)) {
                found++;
            } else {
                missing.add(w);
            }
        }
        if (total >= 3 && found < MIN_COVERAGE * total) {
            out.add(new String[] {"wording", "most of its words are not in its evidence (" + String.join(", ",
                    missing.subList(0, Math.min(4, missing.size()))) + ")"});
        }
    }

    private static boolean inEvidence(String word, String evidence) {
        String stem = word.length() > 5 ? word.substring(0, word.length() - 2) : word.replaceAll("(?:s|es|ed|ing)$", "");
        return evidence.contains(stem);
    }

    private static boolean allWords(String phrase, String evidence) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() >= 3 && !inEvidence(w, evidence)) {
                return false;
            }
        }
        return true;
    }

    private static String synonyms(String relative) {
        return switch (relative) {
            case "mother" -> "mother|mom|mum|mama";
            case "father" -> "father|dad|papa";
            case "grandmother" -> "grandmother|grandma|granny";
            case "grandfather" -> "grandfather|grandpa";
            case "spouse" -> "spouse|wife|husband|partner";
            case "parents" -> "parents|mother|father|mom|mum|dad";
            case "grandparents" -> "grandparents|grandmother|grandfather|grandma|grandpa|gran";
            case "coworker" -> "coworker|co-worker|colleague|at work";
            case "neighbor" -> "neighbou?r";
            default -> relative;
        };
    }
}
