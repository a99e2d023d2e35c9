package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;

/** One symptom gathered over the visit: its presence, attributes and the turns that support them. */
final class SymptomBuilder {

    static final Pattern FEVER = Pattern.compile("(?i)(?<![:.])\\b((?:9[5-9]|10[0-8]|3[5-9]|4[0-2])(?:\\.\\d)?)\\b(?!:\\d)");

    final String name;
    final String said;
    final String system;
    String site;
    Presence presence;
    private boolean inferred;
    String onset;
    String duration;
    String laterality;
    String character;
    String severity;
    String timing;
    String radiation;
    final List<String> aggravating = new ArrayList<>();
    final List<String> relieving = new ArrayList<>();
    Support support;
    private int resolvedAt = -1;

    SymptomBuilder(String name, String said, String system, String site) {
        this.name = name;
        this.said = said;
        this.system = system;
        this.site = site;
    }

    /** Whether the symptom has gone as of this turn: a yes to it in the same or an earlier turn does not undo it. */
    void resolve(int turn) {
        presence = Presence.RESOLVED;
        resolvedAt = Math.max(resolvedAt, turn);
    }

    void mention(Presence p, Support s) {
        mention(p, s, false);
    }

    /** {@code inferred}: a presence read from a yes to a list, which a later denial of this symptom replaces. */
    void mention(Presence p, Support s, boolean inferred) {
        boolean stillGone = presence == Presence.RESOLVED && s.turns().stream().allMatch(t -> t <= resolvedAt);
        if (!stillGone && (presence == null || p == Presence.PRESENT && (!inferred || presence != Presence.DENIED)
                || p == Presence.DENIED && (presence == Presence.UNCERTAIN || presence == Presence.PRESENT
                && this.inferred))) {
            // a presence said outright stays outright when a yes to a list repeats it
            this.inferred = p == Presence.PRESENT && inferred && (presence != Presence.PRESENT || this.inferred);
            presence = p;
        }
        support = support == null ? s : support.and(s).withConfidence(Math.max(support.confidence(),
                s.confidence()));
    }

    /** Symptoms of the whole body or of one organ have no side ("right palpitations" is a side borrowed). */
    private static final Pattern SIDELESS = Pattern.compile("(?i)palpitations|fatigue|"
            + "fever|chills|dizziness|lightheadedness|vertigo|nausea|vomiting|diarrhea|constipation|cough|wheezing|"
            + "shortness of breath|dyspnea|syncope|anxiety|depressed mood|insomnia|malaise|night sweats|"
            + "difficulty concentrating|confusion|irritability|drowsiness|memory \\w+|"
            + "unintentional weight loss|weight gain|polyuria|polydipsia|dysuria|urinary frequency|heartburn|falls|"
            + "nocturia|hematuria|difficulty urinating|weak urinary stream|urinary \\w+|\\w+ urine output|"
            + "\\w* ?incontinence|generalized weakness|decreased appetite|panic attacks|stress|melena|hematochezia|"
            + "slurred speech|dysarthria|aphasia|word-finding difficulty|confusion|memory loss|sore throat|hoarseness");

    private static final Pattern EPISODIC = Pattern.compile("(?i)vomiting|hematemesis|syncope|presyncope|falls?|"
            + "seizures?|nosebleeds?|epistaxis");
    /** "He vomited once on Sunday night", "fainted twice": how many episodes, not "once I'm up". */
    private static final Pattern EPISODES = Pattern.compile("(?i)\\b(once|twice|(?:\\d+|two|three|four|five) times)"
            + "(?= (?:on|last|yesterday|today|this|overnight|at|in|since|after|before|then|only)\\b|\\s*[,.;]|\\s*$)");
    private static final Pattern PAINFUL = Pattern.compile("(?i)pain|ache|tender|sore|cramp|colic|dysuria|burning");
    private static final Pattern PAIN_SAID = Pattern.compile("(?i)\\b(?:sore|pain|painful|hurts?|hurting|aching|"
            + "ache|agony)\\b");
    private static final Pattern NOW = Pattern.compile("(?i)\\b(?:today|now|at the moment|currently|right now)\\b");

    void details(String sentence, Match m) {
        String text = Attributes.clause(sentence, m.start());
        onset = onset != null ? onset : Attributes.onset(text);
        duration = duration != null ? duration : Attributes.duration(text);
        onset = onset != null || duration != null ? onset : Onsets.story(sentence, m.start());
        // the words next to the symptom within its own clause: "my heart starts pounding, I can't catch my
        // breath" does not make the breathlessness pounding
        int from = Math.max(Math.max(0, m.start() - 25), sentence.lastIndexOf(',', Math.max(0, m.start() - 1)) + 1);
        int comma = sentence.indexOf(',', m.end());
        int to = Math.min(Math.min(sentence.length(), m.end() + 20), comma < 0 ? sentence.length() : comma);
        String near = sentence.substring(Math.min(from, m.start()), Math.max(to, m.end()));
        // a sentence of the complaint that does not name it ("It's like a tight band round my head"): its first clause
        String like = m.term() != null ? near : sentence.substring(0, comma < 0 ? sentence.length() : comma);
        String rated = Attributes.severity(text);
        // "it swelled up… it's really sore now like a six out of ten": the score is the pain's, not the swelling's
        rated = rated != null && rated.contains("/") && !PAINFUL.matcher(name).find() && PAIN_SAID.matcher(text).find()
                ? null : rated;
        if (severity != null && rated != null && rated.contains("/") && !severity.contains(rated)
                && NOW.matcher(text).find()) {
            severity = severity + ", " + rated + " now"; // "at its worst, eight" … "today it's a two out of ten"
        }
        severity = severity != null ? severity : rated != null && rated.contains("/") ? rated
                : Attributes.severity(near);
        // "I've been burning up": a fever's own words ("burning") tell no character of it
        String around = m.surface().equalsIgnoreCase("burning up") ? like.replace(m.surface(), " ") : like;
        character = character != null ? character : Attributes.character(around);
        // "really dry itchy skin": the skin is dry, the itch has no dryness of its own; aching muscles are myalgia; "is
        // it dry or are you bringing anything up?" asks, a cough that brings something up is not dry
        // "an itchy rash": the rash's kind; of anything but the skin, itchy is a complaint of its own
        character = "itchy".equals(character) && !name.matches("rash|hives|skin lesion|.*\\brash\\b.*") ? null
                : character;
        // "Four wet diapers": wet or dry tells a cough's kind, not an appetite's
        character = "dry".equals(character) && name.matches("pruritus|productive cough")
                || "wet".equals(character) && !name.contains("cough")
                || "aching".equals(character) && name.equals("myalgia") ? null : character;
        timing = timing != null ? timing : Attributes.timing(text);
        timing = timing != null || !EPISODIC.matcher(name).matches() ? timing : episodes(near);
        if (laterality == null && m.term() != null && !SIDELESS.matcher(name).matches()) {
            laterality = Attributes.laterality(sentence, m.start());
        }
        severity = severity != null ? severity : WeightChange.amount(name, sentence);
        if (name.equals("fever") && severity == null) {
            java.util.regex.Matcher t = FEVER.matcher(text);
            severity = t.find() ? "to " + t.group(1) : null;
        }
        Factors.aggravating(text).stream().filter(x -> !aggravating.contains(x)).forEach(aggravating::add);
        Factors.relieving(text).stream().filter(x -> !relieving.contains(x)).forEach(relieving::add);
    }

    /** More turns that tell of this symptom; they do not change how sure the symptom itself is. */
    void heard(Support s) {
        support = support.and(s).withConfidence(support.confidence());
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
            heard(s);
        }
    }

    Symptom build() {
        // "Any temperatures?" "I checked last night, 37.2.": a normal reading, no fever (the reading is listed)
        boolean normal = name.equals("fever") && presence == Presence.PRESENT && normalTemperature(severity);
        return new Symptom(name, said, normal ? Presence.DENIED : presence, system, onset, duration, site, laterality,
                character, normal ? null : severity, timing, radiation, aggravating, relieving, support);
    }

    private static boolean normalTemperature(String severity) {
        if (severity == null || !severity.matches("to \\d+(?:\\.\\d)?")) {
            return false;
        }
        double t = Double.parseDouble(severity.substring(3));
        return t < 37.5 || t >= 95 && t < 99.5;
    }

    /** How many episodes the words next to an episodic symptom count ("once", "twice", "3 times"), or null. */
    private static String episodes(String near) {
        Matcher m = EPISODES.matcher(near);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
