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
    private static final Pattern ASKS_DURATION = Pattern.compile("(?i)\\b(?:how long|when did (?:this|it|that|the|"
            + "you)|when was|since when|how many (?:days|weeks))\\b");
    private static final Pattern ASKS_SEVERITY = Pattern.compile("(?i)\\b(?:scale of|out of 10|1 to 10|zero to ten|"
            + "0 to 10|how bad|how severe|rate (?:the|your|it))\\b");
    private static final Pattern ASKS_WORSE = Pattern.compile("(?i)\\b(?:what|anything (?:that )?|does anything) "
            + "(?:makes? (?:it|the pain|them|this) worse|aggravates|triggers|brings (?:it|them) on)\\b");
    /** "Was the pain worse with eating or exercise?" "Yes, with eating." */
    private static final Pattern WORSE_WITH = Pattern.compile("(?i)\\b(?:is|was|does|did|do) (?:the pain|it|they|that) "
            + "(?:get |seem )?worse (?:with|when|after) ([^?]{3,50})");
    private static final Pattern ASKS_BETTER = Pattern.compile("(?i)\\b(?:what|anything (?:that )?|does anything) "
            + "(?:makes? (?:it|the pain|them|this) better|helps?|relieves)\\b");
    /** "During the day maybe a 5, at night an 8": when each rating holds. */
    private static final Pattern WHEN_RATED = Pattern.compile("(?i)\\b(during the day|at night|at rest|at its worst|"
            + "at worst|at best|right now|now|with activity|when i walk|in the morning)\\b");
    private static final Pattern FEVER = Pattern.compile("(?i)\\b((?:9[5-9]|10[0-8]|3[5-9]|4[0-2])(?:\\.\\d)?)\\b");
    /** Words that look like symptoms in idioms: "fall asleep", "sick of", "pain in the neck" as a person. */
    private static final Pattern IDIOM = Pattern.compile("(?i)(?:falls?|fell|falling) (?:asleep|back|apart|behind|"
            + "through|in love)\\b|sick (?:of|and tired)\\b|(?:a |such a )?pain in the (?:neck|butt)\\b");
    private static final Pattern REACTION_TO_DRUG = Pattern.compile("(?i)\\b(?:made me|makes me|gave me|gives me|"
            + "broke (?:me )?out|break out|reacted|reaction)\\b");
    private static final Pattern ALLERGY = Pattern.compile("(?i)\\b(?:allergic|allergy|allergies|reaction to)\\b");
    private static final double SAID = 0.85;
    private static final double ANSWERED = 0.8;
    private static final double SUMMED_UP = 0.7;
    /**
     * Sentences the relevance head finds this unlikely to be clinical give no facts. Kept low: a lexicon
     * term with its context is strong evidence on its own (chosen on the challenge set's dev half).
     */
    static final double MIN_RELEVANCE = Double.parseDouble(System.getProperty("scribe.fact-relevance", "0.0"));

    private final Context c;
    private final Map<String, Builder> found = new LinkedHashMap<>();
    private Builder last;

    private SymptomReader(Context c) {
        this.c = c;
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
        if (c.relevance(u) < MIN_RELEVANCE) {
            return;
        }
        if (u.clinician()) {
            if (part != Part.HISTORY) {
                return;
            }
            if (u.question()) {
                asked(u);
            } else if (ABOUT_PATIENT.matcher(u.text()).find()) {
                mentions(u, SUMMED_UP);
            }
            return;
        }
        if (u.historySide() && part != Part.EXAM) {
            answerDetails(u);
            mentions(u, SAID);
        }
    }

    /** "Any chest pain or shortness of breath?" answered yes or no. */
    private void asked(Utterance q) {
        Utterance a = c.dialogue.answerTo(q);
        if (a == null) {
            return;
        }
        Negation.Answer answer = Negation.answer(a.text());
        if (answer == Negation.Answer.OTHER && !describes(a.text())) {
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
        for (Match m : askedAbout) {
            boolean named = inAnswer.stream().anyMatch(x -> x.term() == m.term());
            if (named) {
                continue;
            }
            Presence p = answer == Negation.Answer.NO ? Presence.DENIED : Presence.PRESENT;
            context = null;
            Builder b = builder(m, q, asked);
            if (b != null) {
                b.mention(p, Support.of(ANSWERED, q.turn(), a.turn()));
                if (p == Presence.PRESENT) {
                    b.details(a.text(), new Match(m.term(), 0, 0, m.surface()));
                    last = b;
                }
            }
        }
    }

    /** A reply that describes what was asked ("crampy, around my belly button, a 5 out of 10") affirms it. */
    private static boolean describes(String reply) {
        String r = reply.toLowerCase(Locale.ROOT);
        if (r.matches("(?s)^\\W*(?:no|not|never|none|nothing|nope)\\b.*")) {
            return false;
        }
        return Attributes.character(r) != null || Attributes.severity(r) != null || Attributes.timing(r) != null
                || Attributes.duration(r) != null || Attributes.onset(r) != null
                || r.matches("(?s).*\\b(?:around|on the|in my|right here|it's been|it is|it was)\\b.*");
    }

    /** The patient's reply to "how long?" or "how bad?": attributes of the symptom being talked about. */
    private void answerDetails(Utterance a) {
        List<Utterance> turn = c.dialogue.ofTurn(a.turn());
        Utterance q = turn.isEmpty() ? null : c.dialogue.questionBefore(turn.get(0));
        if (q == null || last == null || !q.clinician()) {
            return;
        }
        if (ASKS_DURATION.matcher(q.text()).find()) {
            String d = Attributes.duration(a.text());
            String o = Attributes.onset(a.text());
            if (d == null && o == null && a.text().matches("(?i).*\\b\\d+\\s+(?:days?|weeks?|months?|years?)\\b.*")) {
                d = a.text().replaceAll("(?i).*?\\b(\\d+\\s+(?:days?|weeks?|months?|years?)).*", "$1");
            }
            last.attribute(d, o, null, Support.of(SAID, q.turn(), a.turn()));
        } else if (WORSE_WITH.matcher(q.text()).find() && Negation.answer(c.dialogue.ofTurn(a.turn()).get(0).text())
                != Negation.Answer.NO) {
            java.util.regex.Matcher w = WORSE_WITH.matcher(q.text());
            w.find();
            List<String> options = new ArrayList<>();
            for (String o : w.group(1).split("\\s*(?:,|\\bor\\b|\\band\\b)\\s*")) {
                String x = o.strip().toLowerCase(Locale.ROOT).replaceAll("^(?:with|when|after) ", "");
                if (!x.isEmpty() && (a.text().toLowerCase(Locale.ROOT).contains(x)
                        || w.group(1).split("\\bor\\b").length == 1 && a.index() == 0)) {
                    options.add(x);
                }
            }
            options.stream().filter(x -> !last.aggravating.contains(x)).forEach(last.aggravating::add);
            if (!options.isEmpty()) {
                last.support = last.support.and(Support.of(SAID, q.turn(), a.turn())).withConfidence(
                        last.support.confidence());
            }
        } else if (a.index() == 0 && (ASKS_WORSE.matcher(q.text()).find() || ASKS_BETTER.matcher(q.text()).find())) {
            List<String> factors = Attributes.factors(a.text());
            List<String> into = ASKS_WORSE.matcher(q.text()).find() ? last.aggravating : last.relieving;
            factors.stream().filter(x -> !into.contains(x)).forEach(into::add);
            if (!factors.isEmpty()) {
                last.support = last.support.and(Support.of(SAID, q.turn(), a.turn())).withConfidence(
                        last.support.confidence());
            }
        } else if (ASKS_SEVERITY.matcher(q.text()).find()) {
            String rating = Attributes.rating(a.text());
            java.util.regex.Matcher when = WHEN_RATED.matcher(a.text());
            String rated = rating == null ? null : when.find() ? rating + " " + when.group(1).toLowerCase(Locale.ROOT)
                    : rating;
            if (rated != null && last.severity != null && last.support.turns().contains(a.turn()) && a.index() > 0
                    && !last.severity.contains(rating)) {
                last.severity = last.severity + ", " + rated;
            } else {
                last.attribute(null, null, rated, Support.of(SAID, q.turn(), a.turn()));
            }
        } else if (last.character == null && Attributes.character(a.text()) != null
                && q.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:dry|productive|sharp|dull|what (?:does|kind)|"
                + "describe|like)\\b.*")) {
            last.character = Attributes.character(a.text());
            last.support = last.support.and(Support.of(SAID, q.turn(), a.turn())).withConfidence(last.support.confidence());
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
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        Utterance asked = turn.isEmpty() ? null : c.dialogue.questionBefore(turn.get(0));
        if (asked != null && (asked.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:allerg\\w*|reactions?)\\b.*")
                || describesReaction(asked)) || REACTION_TO_DRUG.matcher(text).find()
                && !c.vocabulary.find(Term.Kind.DRUG, text).isEmpty()) {
            return; // the allergy's reaction ("codeine made me throw up"), not a complaint of this visit
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
            Presence p = Negation.of(stripAnswer(text), m.start() - offset(text), m.end() - offset(text));
            // the question the whole reply answers, though this sentence is not the reply's first
            Utterance q = asked;
            context = q == null ? null : q.text();
            siteTurn = -1;
            Builder b = builder(m, u, text);
            if (b == null) {
                continue;
            }
            Support said = q != null && context != null && b.site != null && c.vocabulary.find(Term.Kind.SITE, text)
                    .isEmpty() ? Support.of(confidence, q.turn(), u.turn()) : Support.of(confidence, u.turn());
            b.mention(p, siteTurn > 0 ? said.and(Support.of(confidence, siteTurn)) : said);
            if (p == Presence.PRESENT) {
                b.details(text, m);
                if (pendingTurn == u.turn()) {
                    b.attribute(pendingDuration, pendingOnset, null, Support.of(confidence, u.turn()));
                }
                if (b.laterality == null && b.site != null && b.site.equals(sideSite) && u.turn() - sideTurn <= 10) {
                    b.laterality = side;
                    b.support = b.support.and(Support.of(confidence, sideTurn)).withConfidence(b.support.confidence());
                }
                last = b;
            }
        }
        if (found.isEmpty() && u.historySide()) {
            remember(u, text, asked);
        }
        // a site inside a symptom's own words ("runny nose") is not a place the next complaint refers to
        sites.removeIf(s -> found.stream().anyMatch(m -> m.start() <= s.start() && s.end() <= m.end()));
        if (!sites.isEmpty() && u.historySide()) {
            lastSite = sites.get(sites.size() - 1).term().canonical();
            lastSiteSaid = sites.get(sites.size() - 1).surface().toLowerCase(Locale.ROOT);
            lastSiteTurn = u.turn();
        }
    }

    /** The sited complaint of this kind talked about in the last few turns ("my shoulder… it hurts when…"). */
    private Builder underway(String name, int turn) {
        Builder best = null;
        for (Builder b : found.values()) {
            if (b.site != null && b.presence == Presence.PRESENT && b.name.endsWith(name)
                    && turn - b.support.turns().get(b.support.turns().size() - 1) <= 8
                    && (best == null || b.support.turns().get(b.support.turns().size() - 1)
                    > best.support.turns().get(best.support.turns().size() - 1))) {
                best = b;
            }
        }
        return best;
    }

    /** "It started about two months ago." said before the complaint in the same reply. */
    private int pendingTurn = -1;
    private String pendingDuration;
    private String pendingOnset;
    /** "You're here for the shoulder?" "The right one.": the side of a site, for its complaint said later. */
    private String sideSite;
    private String side;
    private int sideTurn = -100;

    private void remember(Utterance u, String text, Utterance asked) {
        String d = Attributes.duration(text);
        String o = Attributes.onset(text);
        if ((d != null || o != null) && (last == null || !last.support.turns().contains(u.turn()))) {
            pendingTurn = u.turn();
            pendingDuration = d;
            pendingOnset = o;
        }
        java.util.regex.Matcher lr = SIDE.matcher(text);
        if (text.length() < 80 && lr.find()) {
            List<Match> here = c.vocabulary.find(Term.Kind.SITE, text);
            List<Match> there = asked == null ? List.of() : c.vocabulary.find(Term.Kind.SITE, asked.text());
            Match site = !here.isEmpty() ? here.get(0) : there.size() == 1 ? there.get(0) : null;
            if (site != null) {
                sideSite = site.term().canonical();
                side = lr.group(1).toLowerCase(Locale.ROOT).equals("both") ? "bilateral" : lr.group(1).toLowerCase(
                        Locale.ROOT);
                sideTurn = u.turn();
            }
        }
    }

    private static final Pattern SIDE = Pattern.compile("(?i)\\b(left|right|both)\\b");

    /** The body site the patient spoke of last ("my knee"), for "it hurts" a turn or two later. */
    private String lastSite;
    private String lastSiteSaid;
    /** The turn a remembered site was said in (cited with the symptom), or -1. */
    private int siteTurn = -1;
    private int lastSiteTurn = -100;

    /** The review-of-systems heading of a body site's system (the exam's systems named as the ROS names them). */
    private static String rosSystem(String siteSystem, String fallback) {
        return switch (siteSystem) {
            case "Gastrointestinal", "Genitourinary", "Respiratory", "Cardiovascular", "Skin", "Neurological",
                    "Eyes" -> siteSystem;
            case "HEENT" -> "Ears/Nose/Mouth/Throat";
            default -> fallback;
        };
    }

    /** "hands" when the patient said hands. */
    private static String plural(String site, String text) {
        String p = site + "s";
        return text.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + java.util.regex.Pattern.quote(p) + "\\b.*") ? p : site;
    }

    /** "Any thoughts of hurting yourself?" read as the patient would say it, to find the lexicon's phrasing. */
    static String asFirstPerson(String question) {
        return Phrasing.asPatient(question);
    }

    /** "No, just a headache": the leading answer word negates the question, not what follows it. */
    private static String stripAnswer(String text) {
        return text.replaceFirst("(?i)^(?:no|nope|nah),\\s*", "");
    }

    private static int offset(String text) {
        return text.length() - stripAnswer(text).length();
    }

    private List<Match> symptoms(String text) {
        return c.vocabulary.find(Term.Kind.SYMPTOM, text);
    }

    /** Symptoms a note names with their body site ("knee pain", "tingling of the hands"). */
    private static final java.util.Set<String> SITED = java.util.Set.of("pain", "swelling", "stiffness", "numbness",
            "tingling", "weakness", "rash", "itching", "bruising", "burning", "redness", "paresthesia", "tremor",
            "cramping", "spasm", "spasms");

    /** Complaints that "it" carries over from the site named a turn before ("my knee… it's swollen"). */
    private static final java.util.Set<String> REMEMBERS_SITE = java.util.Set.of("pain", "swelling", "stiffness",
            "numbness", "tingling", "weakness", "cramping");

    /** The question a reply answers, whose words (a body site) the reply may leave out. */
    private String context;

    private Builder builder(Match m, Utterance u, String text) {
        Term t = m.term();
        String name = t.canonical();
        String site = null;
        String system = t.group();
        if (SITED.contains(name)) {
            Match s = nearestSite(text, m);
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
            Builder open = s == null ? underway(name, u.turn()) : null;
            String remembered = open != null ? open.site
                    : s == null && u.turn() - lastSiteTurn <= 8 && REMEMBERS_SITE.contains(name) ? lastSite : null;
            boolean ofLast = open != null;
            siteTurn = s == null && remembered != null && !ofLast ? lastSiteTurn : -1;
            if (s != null || remembered != null) {
                site = s != null ? s.term().canonical() : remembered;
                if (site.equals("heart")) {
                    site = "chest";
                }
                Term siteTerm = c.vocabulary.lookup(Term.Kind.SITE, site);
                system = siteTerm == null ? system : rosSystem(siteTerm.group(), system);
                String said = s != null ? s.surface() : ofLast ? site : lastSiteSaid;
                Term known = said == null ? null : c.vocabulary.lookup(Term.Kind.SYMPTOM, said + " " + name);
                known = known != null ? known : c.vocabulary.lookup(Term.Kind.SYMPTOM, site + " " + name);
                // "lower back" is the site "lumbar spine", but the complaint is "low back pain"
                for (int k = 0; known == null && siteTerm != null && k < siteTerm.variants().size(); k++) {
                    known = c.vocabulary.lookup(Term.Kind.SYMPTOM, siteTerm.variants().get(k) + " " + name);
                }
                name = known != null ? known.canonical() : name.equals("pain") || name.equals("swelling")
                        || name.equals("stiffness") ? site + " " + name : name + " of the " + plural(site, text);
            } else if (name.equals("pain")) {
                return null;
            }
        }
        String key = name.toLowerCase(Locale.ROOT);
        Builder b = found.get(key);
        if (b == null) {
            b = new Builder(name, m.surface(), system, site);
            found.put(key, b);
        }
        return b;
    }

    /**
     * The body site of a symptom: said just before it ("knee pain", "my knee hurts") or just after it with a
     * preposition ("pain in my knee", "tingling in both feet"), never across a comma or an "or".
     */
    private Match nearestSite(String text, Match symptom) {
        Match best = null;
        int distance = Integer.MAX_VALUE;
        for (Match s : c.vocabulary.find(Term.Kind.SITE, text)) {
            if (s.end() <= symptom.start()) {
                String gap = text.substring(s.end(), symptom.start());
                if (gap.length() <= 14 && !gap.matches("(?s).*(?:[,;.]|\\bor\\b|\\band\\b).*")
                        && symptom.start() - s.end() < distance) {
                    best = s;
                    distance = symptom.start() - s.end();
                }
            } else if (s.start() >= symptom.end()) {
                String gap = text.substring(symptom.end(), s.start());
                if (gap.length() <= 28 && gap.matches("(?is)\\s*(?:\\w+\\s+)?(?:in|of|on|around|at|behind|under|"
                        + "over|near|to|into|down)\\b[^,;.]*") && !gap.matches("(?is).*\\bor\\b.*")
                        && s.start() - symptom.end() < distance) {
                    best = s;
                    distance = s.start() - symptom.end();
                }
            }
        }
        return best;
    }

    /** One symptom gathered over the visit. */
    private static final class Builder {
        final String name;
        final String said;
        final String system;
        String site;
        Presence presence;
        String onset;
        String duration;
        String laterality;
        String character;
        String severity;
        String timing;
        final List<String> aggravating = new ArrayList<>();
        final List<String> relieving = new ArrayList<>();
        Support support;

        Builder(String name, String said, String system, String site) {
            this.name = name;
            this.said = said;
            this.system = system;
            this.site = site;
        }

        void mention(Presence p, Support s) {
            if (presence == null || p == Presence.PRESENT
                    || p == Presence.DENIED && presence == Presence.UNCERTAIN) {
                presence = p;
            }
            support = support == null ? s : support.and(s).withConfidence(Math.max(support.confidence(),
                    s.confidence()));
        }

        void details(String sentence, Match m) {
            String text = Attributes.clause(sentence, m.start());
            onset = onset != null ? onset : Attributes.onset(text);
            duration = duration != null ? duration : Attributes.duration(text);
            String near = sentence.substring(Math.max(0, m.start() - 25), Math.min(sentence.length(), m.end() + 20));
            String rated = Attributes.severity(text);
            severity = severity != null ? severity : rated != null && rated.contains("/") ? rated
                    : Attributes.severity(near);
            character = character != null ? character : Attributes.character(near);
            timing = timing != null ? timing : Attributes.timing(text);
            if (laterality == null && m.term() != null) {
                laterality = Attributes.laterality(sentence, m.start());
            }
            if (name.equals("fever") && severity == null) {
                java.util.regex.Matcher t = FEVER.matcher(text);
                severity = t.find() ? "to " + t.group(1) : null;
            }
            Attributes.aggravating(text).stream().filter(x -> !aggravating.contains(x)).forEach(aggravating::add);
            Attributes.relieving(text).stream().filter(x -> !relieving.contains(x)).forEach(relieving::add);
        }

        void attribute(String d, String o, String sev, Support s) {
            boolean used = false;
            if (d != null && duration == null) {
                duration = d;
                used = true;
            }
            if (o != null && onset == null) {
                onset = o;
                used = true;
            }
            if (sev != null && severity == null) {
                severity = sev;
                used = true;
            }
            if (used) {
                support = support.and(s).withConfidence(support.confidence());
            }
        }

        Symptom build() {
            return new Symptom(name, said, presence, system, onset, duration, site, laterality, character, severity,
                    timing, aggravating, relieving, support);
        }
    }
}
