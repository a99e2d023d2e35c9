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
    private static final Pattern FEARED = Pattern.compile("(?i)\\b(?:thought (?:i|i'd|i had|it was|it's)|afraid|"
            + "scared|worried|feared|like i)\\b");
    private static final Pattern CANT_HAVE = Pattern.compile("(?i)\\b(?:can't|cannot|can not|couldn't) (?:have|take|"
            + "tolerate)\\b|\\b(?:brings?|brought) (?:me|him|her) out in\\b");
    private static final Pattern ON_RECORD = Pattern.compile("(?i)\\b(?:on|in) (?:your|the|his|her) (?:record|records|"
            + "notes|chart|file)\\b|\\bon here\\b");
    static final Pattern ALLERGY = Pattern.compile("(?i)\\b(?:allergic|allergy|allergies|reaction to)\\b");
    static final double SAID = 0.85;
    private static final double SUMMED_UP = 0.7;

    private final Context c;
    final Map<String, SymptomBuilder> found = new LinkedHashMap<>();
    final SymptomMemory memory;
    private final SymptomQuestions questions;
    SymptomBuilder last;
    /** "You ticked 'not at all' for the one about thoughts of being better off dead": a question's wording. */
    private static final Pattern QUESTIONNAIRE_ITEM = Pattern.compile("(?i)\\b(?:the (?:one|question|item) about|"
            + "ticked|questionnaire|the last question)\\b");
    /** The question a reply answers, whose words (a body site) the reply may leave out. */
    String context;
    /** The turn a remembered site was said in (cited with the symptom), or -1. */
    private int siteTurn = -1;

    private SymptomReader(Context c) {
        this.c = c;
        this.memory = new SymptomMemory(c);
        this.questions = new SymptomQuestions(c, this);
    }

    static List<Symptom> read(Context c) {
        SymptomReader r = new SymptomReader(c);
        for (Utterance u : c.utterances()) {
            r.read(u);
        }
        SymptomMemory.sidesSaid(c, r.found.values());
        SymptomMemory.sidesCorrected(c, r.found.values());
        List<Symptom> out = new ArrayList<>();
        r.found.values().forEach(b -> out.add(b.build()));
        Complaints.deniedOnlyInGeneral(out);
        Complaints.oneChestComplaint(c, out);
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
                questions.asked(u);
            } else if (ABOUT_PATIENT.matcher(u.text()).find() && !QUESTIONNAIRE_ITEM.matcher(u.text()).find()
                    && !ReadBacks.explaining(u.text())) {
                mentions(u, SUMMED_UP);
            }
            return;
        }
        if (u.historySide() && part != Part.EXAM && !ReadBacks.notComplaints(c, u, part)
                && !ReadBacks.echoed(c, u)) {
            SymptomAnswers.details(c, u, askedAbout(u), recentPain(u.turn()));
            questions.goneReply(u);
            mentions(u, SAID);
            WhereAnswers.tell(c, u, recentPain(u.turn()));
        }
    }

    private SymptomBuilder askedAbout(Utterance u) { // "When did the cough start?" after the wheezing: the cough's
        Utterance q = c.dialogue.questionFor(u);
        List<Match> named = q == null ? List.of() : symptoms(q.text());
        SymptomBuilder b = named.size() == 1 ? found.get(named.get(0).term().canonical().toLowerCase(Locale.ROOT))
                : null;
        return b != null ? b : last;
    }

    /** The pain talked about in the last few turns: "how bad is it?" after "where is the pain?" rates it. */
    private SymptomBuilder recentPain(int turn) {
        SymptomBuilder pain = null;
        for (SymptomBuilder b : found.values()) {
            List<Integer> turns = b.support == null ? List.of() : b.support.turns();
            if (b.name.matches("(?i).*\\b(?:pain|ache|aches|headache)\\b.*") && b.presence == Presence.PRESENT
                    && !turns.isEmpty() && turn - turns.get(turns.size() - 1) <= 4) {
                pain = b;
            }
        }
        return pain;
    }

    private void mentions(Utterance u, double confidence) {
        String text = u.text();
        // "Will it make me drowsy?": a side effect the patient asks about, not one they have
        if (ALLERGY.matcher(text).find() || (CANT_HAVE.matcher(text).find() || ON_RECORD.matcher(text).find())
                && !c.vocabulary.find(Term.Kind.DRUG, text).isEmpty() || !u.clinician() && u.question()
                && NotComplaints.mightCome(text)) {
            return; // "I can't have codeine, it brings me out in hives", "codeine on your record with hives"
        }
        List<Match> sites = new ArrayList<>(c.vocabulary.find(Term.Kind.SITE, text));
        List<Match> found = new ArrayList<>(symptoms(text));
        Match place = found.isEmpty() ? SymptomSites.namedByPlace(c, u) : null;
        if (place != null) {
            found.add(place); // "How can I help?" "It's my back."
        }
        Utterance asked = c.dialogue.questionFor(u);
        // "When was the last time you vomited?" "This morning.", "your last period?" "Two weeks ago.": no onset
        boolean lastTime = asked != null && SymptomAnswers.ASKS_LAST.matcher(asked.text()).find();
        // "My brother has been having similar symptoms for the past few days": his few days, not hers
        boolean others = Kinship.othersSubject(text);
        if (found.isEmpty() && last != null && last.support.turns().contains(u.turn()) && u.historySide()
                && !lastTime && !others && !Habits.pastime(text)) {
            last.details(text, new Match(null, 0, 0, ""));
        } else if (found.isEmpty() && last != null && !lastTime && SymptomAnswers.storyGoesOn(c, u, last)) {
            // "bit sore, it's this shoulder" "the right one?" "yeah, been going on about six weeks now"
            last.attribute(Attributes.duration(text), Attributes.onset(text), null, Support.of(SAID, u.turn()));
        }
        if (asked != null && (AllergyReader.asksAbout(asked) || questions.describesReaction(asked))
                || AllergyReader.answersAllergyTalk(c, u) || CompanionAllergies.ownTurn(c, u)
                || AnswerTopic.allergyReply(c, u)
                || DrugEffects.told(c, u, asked) || Intolerances.story(c, u)) {
            return; // a drug's effect ("codeine made me throw up"), told with the drug, not a complaint of this visit
        }
        for (Match m : found) {
            // "a buckle fracture": a word of the diagnosis, not the knee that buckles
            if (NotComplaints.of(m, text) || NotComplaints.describesAsked(m, asked)
                    || NotComplaints.indication(c, m, text) || c.inCondition(text, m)) {
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
            if (SymptomAnswers.trigger(asked, m, text)) {
                continue;
            }
            Presence p = NotComplaints.saysNone(m, text) ? Presence.DENIED : Negation.ofReply(text, m.start(), m.end());
            // the question the whole reply answers, though this sentence is not the reply's first
            Utterance q = asked;
            context = q == null ? null : q.text();
            if (NotComplaints.notToday(p, m, text, before, found) || NotComplaints.explainedAway(c, u, q, p, m)) {
                continue;
            }
            if (p == Presence.PRESENT && (PastEpisodes.told(c, u, text) || DrugEffects.echoed(c, u, m))) {
                continue; // an episode years ago is history; an explained side effect said back is no complaint
            }
            SymptomBuilder b = builder(m, u, text);
            if (b == null) {
                continue;
            }
            Support said = q != null && context != null && b.site != null && c.vocabulary.find(Term.Kind.SITE, text)
                    .isEmpty() ? Support.of(confidence, q.turn(), u.turn()) : Support.of(confidence, u.turn());
            b.mention(p, withSite(said));
            if (Negation.gone(text, m.end()) || p != Presence.DENIED && (Negation.wentAway(text, m.end())
                    || PastEpisodes.clearedNext(c, u))) {
                b.resolve(u.turn());
            } else if (p == Presence.PRESENT) {
                b.details(text, m);
                memory.fill(b, u, confidence);
                last = Complaints.marker(b.name) ? last : b;
            }
        }
        if (found.isEmpty() && u.historySide()) {
            memory.remember(u, text, asked, last);
        }
        // a site inside a symptom's own words ("runny nose") or a condition's ("kidney stones") is not a place the
        // next complaint refers to
        List<Match> named = new ArrayList<>(found);
        named.addAll(c.conditions(text));
        sites.removeIf(s -> named.stream().anyMatch(m -> m.start() <= s.start() && s.end() <= m.end()));
        // "I thought I'd snapped my Achilles", "my buddy ruptured his", "about the size of her palm": no place of hers
        sites.removeIf(s -> !Attribution.of(u, s.start()).equals(Attribution.PATIENT) || FEARED.matcher(
                Negation.clause(text.substring(0, s.start()))).find() || SymptomSites.asSize(text, s));
        if (!sites.isEmpty() && u.historySide() && !SymptomAnswers.answersRadiation(c, u)
                && !PastEpisodes.told(c, u, text)) { // not "…last winter when the knee flared up"
            memory.siteSaid(sites.get(sites.size() - 1), u.turn());
        }
    }

    List<Match> symptoms(String text) {
        return LooseSymptoms.find(c.vocabulary, text);
    }

    /** The support of a mention, with the turn of the remembered site the last builder gave it. */
    Support withSite(Support said) {
        return siteTurn > 0 ? said.and(Support.of(said.confidence(), siteTurn)) : said;
    }

    SymptomBuilder builder(Match m, Utterance u, String text) {
        siteTurn = -1;
        Term echoed = SymptomSites.echoed(c, context, m);
        Term asked = echoed != null ? echoed : SymptomSites.askedAs(c, context, m.term(), u);
        // "Has he been sick at all?" "No, not been sick.": the answer's words are the question's symptom
        String words = m.surface().toLowerCase(Locale.ROOT);
        Term t = context == null || !words.contains(" ") ? asked : symptoms(context).stream()
                .filter(q -> q.surface().toLowerCase(Locale.ROOT).contains(words)).map(Match::term).findFirst()
                .orElse(asked);
        String name = t.canonical();
        String site = null;
        String system = t.group();
        String limb = SymptomSites.limb(c, u, m, name, text, context);
        if (limb != null) {
            name = limb.replaceFirst("s$", "") + " weakness";
            site = limb;
            system = "Neurological";
        }
        if (SymptomSites.SITED.contains(name)) {
            Match s = SymptomSites.nearestSite(c, text, m);
            if (s == null) {
                // "I twisted my right knee playing soccer and it hurts": the one site the sentence names
                List<Match> named = c.vocabulary.find(Term.Kind.SITE, text.substring(0, m.start())).stream()
                        .filter(x -> !SymptomSites.asSize(text, x)).toList();
                s = named.stream().map(x -> x.term()).distinct().count() == 1 ? named.get(named.size() - 1) : null;
                s = s != null && Attribution.of(u, s.start()).equals(Attribution.PATIENT) ? s : null;
            }
            // "any weakness, like you can't lift the arm?" "it's weak when it hurts": the arm is weakness's site, not pain's
            if (s == null && context != null && symptoms(context).stream().allMatch(x -> x.term() == t)) {
                List<Match> sites = c.vocabulary.find(Term.Kind.SITE, context).stream()
                        .filter(x -> !SymptomSites.asSize(context, x)).toList();
                s = sites.isEmpty() ? null : sites.get(0);
            }
            // "it hurts" while the complaint under discussion is a sited pain: that complaint, whatever its name
            SymptomBuilder open = s == null ? SymptomSites.underway(found.values(), name, u.turn()) : null;
            if (open != null) {
                return open;
            }
            String remembered = s == null && u.turn() - memory.lastSiteTurn <= 8
                    && SymptomSites.REMEMBERS_SITE.contains(name) ? memory.lastSite : null;
            siteTurn = s == null && remembered != null ? memory.lastSiteTurn : -1;
            if (s != null || remembered != null) {
                site = s != null ? s.term().canonical() : remembered;
                if (site.equals("heart")) {
                    site = "chest";
                }
                Term siteTerm = c.vocabulary.lookup(Term.Kind.SITE, site);
                // a nerve symptom stays neurological wherever it is felt ("tingling in the legs")
                system = siteTerm == null || "Neurological".equals(system) ? system
                        : SymptomSites.rosSystem(siteTerm.group(), system);
                String said = s != null ? s.surface() : memory.lastSiteSaid;
                Term known = said == null ? null : c.vocabulary.lookup(Term.Kind.SYMPTOM, said + " " + name);
                known = known != null ? known : c.vocabulary.lookup(Term.Kind.SYMPTOM, site + " " + name);
                // "lower back" is the site "lumbar spine", but the complaint is "low back pain"
                for (int k = 0; known == null && siteTerm != null && k < siteTerm.variants().size(); k++) {
                    known = c.vocabulary.lookup(Term.Kind.SYMPTOM, siteTerm.variants().get(k) + " " + name);
                }
                known = known != null && known.canonical().equals("lower extremity edema") // not an injured ankle's
                        && InjuryReason.near(c, u) ? null : known;
                name = known != null ? known.canonical() : name.equals("pain") || name.equals("swelling")
                        || name.equals("stiffness") ? SymptomSites.adjunct(site) + " " + name
                        : name + " of the " + SymptomSites.plural(site, text);
                name = SymptomSites.behindTheEyes(text, m, s) ? "headache" : name;
                // "Where do you feel the headache?" "…over the temple." "What's the pain like?", "a headache that came
                // on suddenly, like being hit on the back of the head, the worst pain of your life?": the headache's
                SymptomBuilder headache = found.get("headache");
                if (name.endsWith(" pain") && SymptomSites.ofTheHead(site, s == null) && headache != null
                        && headache.presence == Presence.PRESENT && (s == null || symptoms(text).stream()
                        .anyMatch(x -> x.term().canonical().equals("headache")))) {
                    return headache;
                }
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
