package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;

/**
 * The patient's symptoms: said by the patient (or a parent, spouse, interpreter speaking of the patient),
 * asked by the clinician and answered ("any chest pain?" "no"), or summed up by the clinician in the
 * history. A relative's complaint, a companion's own and a hypothetical ("if you get chest pain…") are not
 * the patient's symptoms. Each mention carries its attributes; mentions of one symptom are merged.
 */
final class SymptomReader {

    static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:if|in case|whether|what if|unless|should you|"
            + "watch (?:out )?for|look out for|call (?:me|us|911)|go to the (?:er|emergency)|come back)\\b");
    private static final Pattern ABOUT_PATIENT = Pattern.compile("(?i)\\b(?:you|your|you've|you're|she|he|her|his)\\b");
    /** Words that look like symptoms in idioms: "fall asleep", "sick of", "pain in the neck" as a person. */
    private static final Pattern IDIOM = Pattern.compile("(?i)(?:falls?|fell|falling) (?:asleep|back|apart|behind|"
            + "through|in love)\\b|sick (?:of|and tired)\\b|(?:a |such a )?pain in the (?:neck|butt)\\b");
    private static final Pattern ALLERGY = Pattern.compile("(?i)\\b(?:allergic|allergy|allergies|reaction to)\\b");
    private static final Pattern GONE_QUESTION = Pattern.compile("(?i)\\b(?:go away|gone away|went away|gone|"
            + "resolve[ds]?|clear(?:ed)? up|settle[ds]? down|get better|got better|improve[ds]?|stop(?:ped)?)\\b");
    static final double SAID = 0.85;
    private static final double ANSWERED = 0.8;
    private static final double SUMMED_UP = 0.7;
    /**
     * Sentences the relevance head finds this unlikely to be clinical give no facts. Kept low: a lexicon
     * term with its context is strong evidence on its own (chosen on the challenge set's dev half).
     */

    private final Context c;
    private final Map<String, SymptomBuilder> found = new LinkedHashMap<>();
    private final SymptomMemory memory;
    private SymptomBuilder last;
    /** The question a reply answers, whose words (a body site) the reply may leave out. */
    private String context;
    /** The turn a remembered site was said in (cited with the symptom), or -1. */
    private int siteTurn = -1;

    private SymptomReader(Context c) {
        this.c = c;
        this.memory = new SymptomMemory(c);
    }

    static List<Symptom> read(Context c) {
        SymptomReader r = new SymptomReader(c);
        for (Utterance u : c.utterances()) {
            r.read(u);
        }
        List<Symptom> out = new ArrayList<>();
        r.found.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private void read(Utterance u) {
        Part part = c.part(u);
        if (u.clinician()) {
            if (part != Part.HISTORY) {
                return;
            }
            memory.clinicianNamedSite(u);
            if (u.question()) {
                asked(u);
            } else if (ABOUT_PATIENT.matcher(u.text()).find()) {
                mentions(u, SUMMED_UP);
            }
            return;
        }
        if (u.historySide() && part != Part.EXAM) {
            SymptomAnswers.details(c, u, last);
            mentions(u, SAID);
        }
    }

    /** "Any chest pain or shortness of breath?" answered yes or no. */
    private void asked(Utterance q) {
        Utterance a = c.dialogue.answerTo(q);
        if (a == null) {
            return;
        }
        DomainAnswers.Finding domain = DomainAnswers.of(q.text(), a.text());
        Term domainTerm = domain == null ? null : c.vocabulary.lookup(Term.Kind.SYMPTOM, domain.symptom());
        if (domainTerm != null) {
            context = null;
            SymptomBuilder b = builder(new Match(domainTerm, 0, 0, domain.symptom()), q, q.text());
            b.mention(domain.presence(), Support.of(ANSWERED, q.turn(), a.turn()));
            return;
        }
        Negation.Answer answer = Negation.answer(a.text());
        // "How bad is the pain, zero to ten?" "Five.": a rating affirms the symptom the question names
        boolean rated = SymptomAnswers.ASKS_SEVERITY.matcher(q.text()).find() && Attributes.rating(a.text()) != null;
        if (answer == Negation.Answer.OTHER && !SymptomAnswers.describes(a.text()) && !rated) {
            return;
        }
        String whose = Attribution.of(q, q.text().length());
        if (ALLERGY.matcher(q.text()).find() || describesReaction(q)) {
            return; // "you had hives from a sulfa antibiotic, right?": the allergy, told in the Allergies line
        }
        if (!whose.equals(Attribution.PATIENT) || HYPOTHETICAL.matcher(q.text()).find()
                && !q.text().toLowerCase(Locale.ROOT).matches(".*\\b(?:any|have you|do you)\\b.*")) {
            return;
        }
        List<Match> inAnswer = symptoms(a.text());
        String asked = asFirstPerson(q.text());
        List<Match> askedAbout = symptoms(asked);
        if (answer == Negation.Answer.OTHER && askedAbout.size() != 1) {
            return;
        }
        // "Did the swelling go away after he stopped?" "Yes.": a yes is gone, a no is still there
        boolean resolvedAsked = GONE_QUESTION.matcher(q.text()).find();
        if (resolvedAsked && answer != Negation.Answer.NO) {
            return;
        }
        for (Match m : askedAbout) {
            boolean named = inAnswer.stream().anyMatch(x -> x.term() == m.term());
            if (named) {
                continue;
            }
            Presence p = answer == Negation.Answer.NO && !resolvedAsked ? Presence.DENIED : Presence.PRESENT;
            context = null;
            SymptomBuilder b = builder(m, q, asked);
            if (b != null) {
                b.mention(p, Support.of(ANSWERED, q.turn(), a.turn()));
                if (p == Presence.PRESENT) {
                    b.details(a.text(), new Match(m.term(), 0, 0, m.surface()));
                    memory.fill(b, a, ANSWERED);
                    last = b;
                }
            }
        }
        if (answer == Negation.Answer.NO && inAnswer.isEmpty() && !resolvedAsked) {
            deniedAll(q, a);
        }
    }

    /** "Any jerking of the arms or legs? Stiffening?" "No, nothing like that.": one no to each question of the turn. */
    private void deniedAll(Utterance q, Utterance a) {
        List<Utterance> turn = c.dialogue.ofTurn(q.turn());
        for (int i = turn.indexOf(q) - 1; i >= 0 && turn.get(i).question(); i--) {
            Utterance earlier = turn.get(i);
            String said = asFirstPerson(earlier.text());
            if (ALLERGY.matcher(said).find() || HYPOTHETICAL.matcher(said).find()
                    || !Attribution.of(earlier, earlier.text().length()).equals(Attribution.PATIENT)) {
                continue;
            }
            for (Match m : symptoms(said)) {
                context = null;
                SymptomBuilder b = builder(m, earlier, said);
                if (b != null) {
                    b.mention(Presence.DENIED, Support.of(ANSWERED, earlier.turn(), a.turn()));
                }
            }
        }
    }

    /** "They gave her amoxicillin and she broke out." "What did the rash look like?": the allergy's reaction. */
    private boolean describesReaction(Utterance asked) {
        if (!AllergyReader.REACTION_QUESTION.matcher(asked.text()).find()) {
            return false;
        }
        return c.dialogue.ofTurn(asked.turn() - 1).stream().anyMatch(b -> b.historySide()
                && ALLERGY.matcher(b.text()).find());
    }

    private void mentions(Utterance u, double confidence) {
        String text = u.text();
        if (ALLERGY.matcher(text).find()) {
            return;
        }
        List<Match> sites = new ArrayList<>(c.vocabulary.find(Term.Kind.SITE, text));
        List<Match> found = symptoms(text);
        if (found.isEmpty() && last != null && last.support.turns().contains(u.turn()) && u.historySide()) {
            last.details(text, new Match(null, 0, 0, ""));
        }
        Utterance asked = c.dialogue.questionFor(u);
        if (asked != null && (AllergyReader.asksAbout(asked)
                || describesReaction(asked)) || DrugEffects.told(c, u, asked)) {
            return; // a drug's effect ("codeine made me throw up"), told with the drug, not a complaint of this visit
        }
        for (Match m : found) {
            if (IDIOM.matcher(text.substring(m.start())).lookingAt()) {
                continue;
            }
            String whose = Attribution.of(u, m.start());
            if (!whose.equals(Attribution.PATIENT)) {
                continue;
            }
            String before = Negation.clause(text.substring(0, m.start()));
            if (HYPOTHETICAL.matcher(before).find()) {
                continue;
            }
            Presence p = Negation.ofReply(text, m.start(), m.end());
            // the question the whole reply answers, though this sentence is not the reply's first
            Utterance q = asked;
            context = q == null ? null : q.text();
            siteTurn = -1;
            SymptomBuilder b = builder(m, u, text);
            if (b == null) {
                continue;
            }
            Support said = q != null && context != null && b.site != null && c.vocabulary.find(Term.Kind.SITE, text)
                    .isEmpty() ? Support.of(confidence, q.turn(), u.turn()) : Support.of(confidence, u.turn());
            b.mention(p, siteTurn > 0 ? said.and(Support.of(confidence, siteTurn)) : said);
            if (p == Presence.PRESENT) {
                b.details(text, m);
                memory.fill(b, u, confidence);
                last = b;
            }
        }
        if (found.isEmpty() && u.historySide()) {
            memory.remember(u, text, asked, last);
        }
        // a site inside a symptom's own words ("runny nose") is not a place the next complaint refers to
        sites.removeIf(s -> found.stream().anyMatch(m -> m.start() <= s.start() && s.end() <= m.end()));
        if (!sites.isEmpty() && u.historySide()) {
            memory.siteSaid(sites.get(sites.size() - 1), u.turn());
        }
    }

    /** "Any thoughts of hurting yourself?" read as the patient would say it, to find the lexicon's phrasing. */
    static String asFirstPerson(String question) {
        return Phrasing.asPatient(question);
    }

    private List<Match> symptoms(String text) {
        return c.vocabulary.find(Term.Kind.SYMPTOM, text);
    }

    private SymptomBuilder builder(Match m, Utterance u, String text) {
        Term t = m.term();
        String name = t.canonical();
        String site = null;
        String system = t.group();
        if (SymptomSites.SITED.contains(name)) {
            Match s = SymptomSites.nearestSite(c, text, m);
            if (s == null) {
                // "I twisted my right knee playing soccer and it hurts": the one site the sentence names
                List<Match> named = c.vocabulary.find(Term.Kind.SITE, text.substring(0, m.start()));
                s = named.stream().map(x -> x.term()).distinct().count() == 1 ? named.get(named.size() - 1) : null;
                s = s != null && Attribution.of(u, s.start()).equals(Attribution.PATIENT) ? s : null;
            }
            // "any weakness, like you can't lift the arm?" "it's weak when it hurts": the arm is weakness's site, not pain's
            if (s == null && context != null && symptoms(context).stream().allMatch(x -> x.term() == t)) {
                List<Match> sites = c.vocabulary.find(Term.Kind.SITE, context);
                s = sites.isEmpty() ? null : sites.get(0);
            }
            // "it hurts" while the complaint under discussion is a sited pain: that complaint's site
            SymptomBuilder open = s == null ? SymptomSites.underway(found.values(), name, u.turn()) : null;
            String remembered = open != null ? open.site
                    : s == null && u.turn() - memory.lastSiteTurn <= 8
                    && SymptomSites.REMEMBERS_SITE.contains(name) ? memory.lastSite : null;
            boolean ofLast = open != null;
            siteTurn = s == null && remembered != null && !ofLast ? memory.lastSiteTurn : -1;
            if (s != null || remembered != null) {
                site = s != null ? s.term().canonical() : remembered;
                if (site.equals("heart")) {
                    site = "chest";
                }
                Term siteTerm = c.vocabulary.lookup(Term.Kind.SITE, site);
                system = siteTerm == null ? system : SymptomSites.rosSystem(siteTerm.group(), system);
                String said = s != null ? s.surface() : ofLast ? site : memory.lastSiteSaid;
                Term known = said == null ? null : c.vocabulary.lookup(Term.Kind.SYMPTOM, said + " " + name);
                known = known != null ? known : c.vocabulary.lookup(Term.Kind.SYMPTOM, site + " " + name);
                // "lower back" is the site "lumbar spine", but the complaint is "low back pain"
                for (int k = 0; known == null && siteTerm != null && k < siteTerm.variants().size(); k++) {
                    known = c.vocabulary.lookup(Term.Kind.SYMPTOM, siteTerm.variants().get(k) + " " + name);
                }
                name = known != null ? known.canonical() : name.equals("pain") || name.equals("swelling")
                        || name.equals("stiffness") ? site + " " + name
                        : name + " of the " + SymptomSites.plural(site, text);
            } else if (name.equals("pain")) {
                return null;
            }
        }
        String key = name.toLowerCase(Locale.ROOT);
        SymptomBuilder b = found.get(key);
        if (b == null) {
            b = new SymptomBuilder(name, m.surface(), system, site);
            found.put(key, b);
        }
        return b;
    }
}
