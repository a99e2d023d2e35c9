package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/** The patient's replies to the clinician's questions about a symptom: what affirms it, what details it adds. */
final class SymptomAnswers {

    private static final Pattern ASKS_DURATION = Pattern.compile("(?i)\\b(?:how long|when did (?:this|it|that|the|"
            + "you|these|they|those)|when was|since when|how many (?:days|weeks))\\b");
    /** "When was your last tetanus shot?": the last time of something else, never when the complaint began. */
    static final Pattern ASKS_LAST = Pattern.compile("(?i)\\b(?:the last (?:time|one|episode)|most recent|"
            + "last (?:menstrual )?period|last (?:\\w+ ){0,2}(?:shot|jab|vaccine|vaccination|booster|immuni[sz]ation|"
            + "injection|smear|mammogram|colonoscopy|check-?up|physical|bowel movement|drink|cigarette|dose))\\b");
    /** "And how long do they last?": how long one episode lasts, not how long the symptom has gone on. */
    private static final Pattern ASKS_EPISODE = Pattern.compile("(?i)\\bhow long (?:do|does|did|will) (?:they|it|these|"
            + "those|the \\w+|each \\w+|an? \\w+) (?:usually |normally |typically )?(?:last|go on|go for)\\b");
    private static final Pattern LASTS = Pattern.compile("(?i)\\b((?:\\d+ (?:to|or|-) )?\\d+ (?:seconds?|minutes?|hours?)|"
            + "(?:a few|several|a couple of) (?:seconds|minutes|hours)|(?:half|an|a) (?:an )?hour)\\b");
    private static final Pattern HOW_HIGH = Pattern.compile("(?i)\\bhow high (?:has|did|was|is|does|have) (?:the|her|"
            + "his|your|their|it|its) ?(?:fever|temperature|temp|gone|got|been|get)?\\b");
    /** "When does it happen?": the answer tells its timing and, after "after", what brings it on. */
    private static final Pattern ASKS_WHEN = Pattern.compile("(?i)\\bwhen (?:does|do) (?:it|this|they|the \\w+) "
            + "(?:happen|come on|start|bother you|get bad|occur|tend to come)\\b|\\bwhen do you (?:get|notice) (?:it|them)\\b");
    private static final Pattern AFTER = Pattern.compile("(?i)\\bafter ((?:i )?[a-z]+(?: [a-z]+){0,3}?)(?= and\\b|,|\\.|$)");
    /** "How often are you getting them?" */
    private static final Pattern ASKS_OFTEN = Pattern.compile("(?i)\\b(?:how often|how many times|how frequent(?:ly)?|"
            + "(?:more|less) frequent)\\b");
    private static final Pattern VOIDING = Pattern.compile("(?i)\\b(?:pee|peed|peeing|wee|weed|weeing|urinat\\w*|"
            + "wet (?:nappies|diapers|pull-ups))\\b");
    static final Pattern ASKS_SEVERITY = Pattern.compile("(?i)\\b(?:scale of|out of 10|1 to 10|zero to ten|"
            + "0 to 10|how bad|how severe|rate (?:the|your|it))\\b");
    private static final Pattern ASKS_WORSE = Pattern.compile("(?i)\\b(?:what|anything(?: that)?|does anything) "
            + "(?:seems? to )?(?:makes? (?:it|them|this|that|(?:the|your|his|her) \\w+) worse|aggravates|triggers?|"
            + "brings? (?:it|them) on|"
            + "sets? (?:it|them|these|this) off)\\b|\\b(?:is|does|do|are) (?:it|the pain|they) (?:get )?worse with "
            + "anything\\b");
    /** "Was the pain worse with eating or exercise?" "Yes, with eating." */
    private static final Pattern WORSE_WITH = Pattern.compile("(?i)\\b(?:is|was|does|did|do) (?:the pain|it|they|that) "
            + "(?:get |seem )?worse (?:with|when|after) (?!anything\\b)([^?]{3,50})");
    private static final Pattern ASKS_BETTER = Pattern.compile("(?i)\\b(?:what|anything(?: that)?|does anything) "
            + "(?:makes? (?:it|the pain|them|this) better|helps?|relieves)\\b|\\bhow do(?:es)? (?:they|it|these|"
            + "the \\w+) (?:stop|settle|go away)\\b|\\bwhat (?:stops|settles) (?:it|them)\\b");
    /** "During the day maybe a 5, at night an 8": when each rating holds. */
    private static final Pattern WHEN_RATED = Pattern.compile("(?i)\\b(during the day|at night|at rest|at its worst|"
            + "at worst|at best|right now|now|with activity|when i walk|in the morning|at first|initially|yesterday|"
            + "on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");

    /** "Does it go anywhere, like your arm, your jaw?" "Sometimes into my left arm.": where it spreads. */
    private static final Pattern ASKS_RADIATION = Pattern.compile("(?i)\\b(?:does|do|did) (?:it|the pain|they|that) "
            + "(?:ever )?(?:go|spread|radiate|move|travel|shoot)\\b|\\bradiat\\w+");
    private static final Pattern SPREADS_TO = Pattern.compile("(?i)\\b(?:into|to|down|up|through to|through) "
            + "(?:my|the|his|her) ((?:(?:back|front|side|outside|inside) of (?:my|the|his|her) )?(?:left |right )?"
            + "(?:arm|arms|jaw|neck|back|shoulder|shoulders|shoulder blade|leg|"
            + "legs|buttock|groin|chest|hand|fingers|thigh|calf|foot|toes))\\b");
    /** "What happens when you stop?" "It goes away in three or four minutes.": rest relieves it. */
    private static final Pattern ASKS_STOP = Pattern.compile("(?i)\\bwhat happens (?:when|if) you (?:stop|rest|sit "
            + "down|slow down)\\b");
    private static final Pattern EASES = Pattern.compile("(?i)\\b(?:goes away|go away|eases?|settles?|gets better|"
            + "stops|fades|passes)\\b");
    /** "Has it ever come on when you're resting?" "No, never at rest, only when I'm pushing it.": exertional. */
    private static final Pattern ASKS_REST = Pattern.compile("(?i)\\b(?:at rest|when you(?:'re| are) (?:resting|"
            + "sitting)|while (?:resting|sitting))\\b");

    private SymptomAnswers() {
    }

    private static final Pattern TRIGGER_WORDS = Pattern.compile("(?i)^(?:cough\\w*|sneez\\w*|strain\\w*|laugh\\w*)$");

    /**
     * "Anything make it worse?" "Coughing and sneezing, it shoots right down.": the cough named in the reply is what
     * sets the pain off, not a complaint of its own.
     */
    static boolean trigger(Utterance q, Match m, String text) {
        // "And when I'm tired.": a state that brings the complaint on
        return q != null && q.clinician() && (ASKS_WORSE.matcher(q.text()).find() || ASKS_BETTER.matcher(q.text())
                .find() || Factors.ASKED_TRIGGERS.matcher(q.text()).find())
                && (TRIGGER_WORDS.matcher(m.surface().strip()).matches()
                || WHEN_IN.matcher(text.substring(0, m.start())).find());
    }

    private static final Pattern WHEN_IN = Pattern.compile("(?i)\\b(?:when|whenever|if) (?:i'm|i am|i get|i feel|"
            + "i've been|(?:he|she)'s|(?:he|she) (?:is|gets))(?: (?:really|very|a bit|too|over))?\\s+$");

    /** "Did it go anywhere else?" "Round to the back.": where the pain spreads, not another complaint or its place. */
    static boolean answersRadiation(Context c, Utterance a) {
        Utterance q = c.dialogue.questionFor(a);
        return a.historySide() && q != null && q.clinician() && ASKS_RADIATION.matcher(q.text()).find()
                && SPREADS_TO.matcher(a.text()).find() && a.text().split("\\s+").length <= 12;
    }

    /** Where it spreads, what rest does, whether it comes at rest: answers about a pain of the chest or elsewhere. */
    private static boolean course(Utterance q, String asked, Utterance a, Utterance first, SymptomBuilder last) {
        Support s = Support.of(SymptomReader.SAID, q.turn(), a.turn());
        java.util.regex.Matcher to = SPREADS_TO.matcher(a.text());
        // "no, it stays up here. it doesn't go down the leg.": the no is the whole reply's, the leg is not where
        if (ASKS_RADIATION.matcher(asked).find() && last.radiation == null && to.find()
                && Negation.answer(first.text()) != Negation.Answer.NO
                && !a.text().substring(0, to.start()).matches("(?is).*\\b(?:not|never|doesn't|don't|didn't|no)\\b.*")) {
            last.radiation = "to the " + to.group(1).toLowerCase(Locale.ROOT).replaceAll("\\b(?:my|his|her)\\b", "the");
            last.heard(s);
            return true;
        }
        if (ASKS_STOP.matcher(q.text()).find() && EASES.matcher(a.text()).find() && !last.relieving.contains("rest")) {
            last.relieving.add("rest");
            last.heard(s);
            return true;
        }
        if (ASKS_REST.matcher(q.text()).find() && Negation.answer(first.text()) == Negation.Answer.NO
                && a.text().matches("(?is).*\\b(?:only|just) (?:when|with|if)\\b.*")) {
            last.timing = last.timing == null ? "not at rest" : last.timing + ", not at rest";
            if (!last.aggravating.contains("exertion")) {
                last.aggravating.add("exertion");
            }
            last.heard(s);
            return true;
        }
        return false;
    }

    /** A reply that describes what was asked ("crampy, around my belly button, a 5 out of 10") affirms it. */
    static boolean describes(String reply) {
        String r = reply.toLowerCase(Locale.ROOT);
        if (r.matches("(?s)^\\W*(?:no|not|never|none|nothing|nope)\\b.*")) {
            return false;
        }
        return Attributes.character(r) != null || Attributes.severity(r) != null || Attributes.timing(r) != null
                || Attributes.duration(r) != null || Attributes.onset(r) != null
                || r.matches("(?s).*\\b(?:around|on the|in my|right here|it's been|it is|it was)\\b.*");
    }

    /** The patient's reply to "how long?" or "how bad?": attributes of the symptom being talked about. */
    static void details(Context c, Utterance a, SymptomBuilder last, SymptomBuilder pain) {
        Utterance q = c.dialogue.questionFor(a);
        if (q == null || last == null || !q.clinician()) {
            return;
        }
        if (!c.vocabulary.find(q.text(), Term.Kind.TEST, Term.Kind.DRUG, Term.Kind.CONDITION).isEmpty()
                && c.vocabulary.find(Term.Kind.SYMPTOM, q.text()).isEmpty() || AskedAbout.ofADrug(c, q)) {
            // "when was your last PSA?" "three years ago": the test's date, not when the urgency started; "how long
            // have you had asthma?" asks of the condition, not of the cough talked about before
            return;
        }
        // "Did it go anywhere else?": the pain's spread, though "I couldn't sit still" was said after the pain
        // "Does it go anywhere? Down your buttock or your leg?": the turn asks, though its last sentence only lists
        String asked = String.join(" ", c.dialogue.ofTurn(q.turn()).stream().map(Utterance::text).toList());
        SymptomBuilder spreads = pain != null && ASKS_RADIATION.matcher(asked).find()
                && !last.name.matches("(?i).*\\b(?:pain|ache|aches|tightness|pressure|discomfort|numbness|tingling|"
                + "burning|cramps?|cramping)\\b.*") ? pain : last;
        if (course(q, asked, a, c.dialogue.ofTurn(a.turn()).get(0), spreads)) {
            return;
        }
        java.util.regex.Matcher high = last.name.equals("fever") && HOW_HIGH.matcher(q.text()).find()
                ? SymptomBuilder.FEVER.matcher(a.text()) : null;
        if (high != null && high.find()) {
            // "How high has the fever been?" "The highest was 39.4.": how high the fever went at home
            last.attribute(null, null, "to " + high.group(1), Support.of(SymptomReader.SAID, q.turn(), a.turn()));
        } else if (ASKS_EPISODE.matcher(q.text()).find()) {
            java.util.regex.Matcher lasts = LASTS.matcher(a.text());
            if (a.index() == 0 && lasts.find()) {
                String each = "lasting " + lasts.group(1).toLowerCase(Locale.ROOT);
                last.timing = last.timing == null ? each : last.timing.contains("lasting") ? last.timing
                        : last.timing + ", " + each;
                last.heard(Support.of(SymptomReader.SAID, q.turn(), a.turn()));
            }
        } else if (ASKS_WHEN.matcher(q.text()).find() && a.index() == 0) {
            // "when does it happen" "mostly at night when i lie down and after i eat a big dinner"
            String when = Attributes.timing(a.text());
            if (when != null && last.timing == null) {
                last.timing = when;
                last.heard(Support.of(SymptomReader.SAID, q.turn(), a.turn()));
            }
            java.util.regex.Matcher after = AFTER.matcher(a.text());
            while (after.find()) {
                String x = after.group(1).toLowerCase(Locale.ROOT).replaceFirst("^i eat\\b", "eating")
                        .replaceFirst("^i (\\w+)", "$1");
                if (!last.aggravating.contains(x)) {
                    last.aggravating.add(x);
                }
            }
        } else if (ASKS_OFTEN.matcher(q.text()).find() && !(VOIDING.matcher(q.text()).find()
                && !"Genitourinary".equals(last.system))) {
            // "How many times has she peed today?" "Three times.": her wees, not how often she is off her food
            String often = a.index() == 0 ? Attributes.timing(a.text()) : null;
            // "5 times that first night, twice yesterday, and once this morning": the whole count over the clause's
            if (often != null && (last.timing == null || last.timing.matches("lasting.*|not at rest") || often.length()
                    > last.timing.length() && often.startsWith(last.timing.split(" and ")[0]))) {
                last.timing = last.timing == null || often.startsWith(last.timing.split(" and ")[0]) ? often
                        : often + ", " + last.timing;
                last.heard(Support.of(SymptomReader.SAID, q.turn(), a.turn()));
            }
        } else if (ASKS_DURATION.matcher(q.text()).find() && !ASKS_LAST.matcher(q.text()).find()) {
            // "When was the last time you vomited?" "This morning.": the last episode, not when it began
            String d = Attributes.duration(a.text());
            String o = Attributes.onset(a.text());
            if (d == null && o == null && a.text().matches("(?i).*\\b\\d+\\s+(?:days?|weeks?|months?|years?)\\b.*")) {
                d = a.text().replaceAll("(?i).*?\\b(\\d+\\s+(?:days?|weeks?|months?|years?)).*", "$1");
            }
            last.attribute(d, o, null, Support.of(SymptomReader.SAID, q.turn(), a.turn()));
        } else if (Factors.ASKED_TRIGGERS.matcher(q.text()).find() && a.index() == 0) {
            TriggerAnswers.asked(q, a, pain != null ? pain : last);
        } else if (WORSE_WITH.matcher(q.text()).find() && Negation.answer(c.dialogue.ofTurn(a.turn()).get(0).text())
                != Negation.Answer.NO) {
            java.util.regex.Matcher w = WORSE_WITH.matcher(q.text());
            w.find();
            List<String> options = new ArrayList<>();
            for (String o : w.group(1).split("\\s*(?:,|\\bor\\b|\\band\\b)\\s*")) {
                String x = o.strip().toLowerCase(Locale.ROOT).replaceAll("^(?:with|when|after) ", "");
                if (!x.isEmpty() && !x.matches("(?:you|i|he|she|they|we)\\b.*") // a clause, not a factor to list
                        && (a.text().toLowerCase(Locale.ROOT).contains(x)
                        || w.group(1).split("\\bor\\b").length == 1 && a.index() == 0)) {
                    options.add(x);
                }
            }
            options.stream().filter(x -> !last.aggravating.contains(x)).forEach(last.aggravating::add);
            if (!options.isEmpty()) {
                last.heard(Support.of(SymptomReader.SAID, q.turn(), a.turn()));
            }
        } else if (a.index() > 0 && ASKS_WORSE.matcher(q.text()).find()) {
            TriggerAnswers.later(a, last);
        } else if (a.index() == 0 && (ASKS_WORSE.matcher(q.text()).find() || ASKS_BETTER.matcher(q.text()).find())) {
            List<String> factors = TriggerAnswers.factors(a.text());
            // "They just stop, suddenly.": how they stop, not what stops them
            factors.removeIf(f -> f.matches("(?:just )?(?:stops?|suddenly|gradually|on (?:its|their) own|by (?:itself|"
                    + "themselves)|(?:they|it) just stops?)"));
            List<String> into = ASKS_WORSE.matcher(q.text()).find() ? last.aggravating : last.relieving;
            factors.stream().filter(x -> !into.contains(x)).forEach(into::add);
            if (!factors.isEmpty()) {
                last.heard(Support.of(SymptomReader.SAID, q.turn(), a.turn()));
            }
        } else if (ASKS_SEVERITY.matcher(q.text()).find()) {
            SymptomBuilder target = last;
            // "Where is the pain?" "…when I breathe or cough." "How bad is it?": the pain, not the cough
            if (pain != null && pain != last && !last.name.matches("(?i).*\\b(?:pain|ache|aches|headache)\\b.*")
                    && c.vocabulary.find(org.scribeonfhir.drafting.lexicon.Term.Kind.SYMPTOM, q.text()).isEmpty()) {
                target = pain;
            }
            String rating = Attributes.rating(a.text());
            java.util.regex.Matcher when = WHEN_RATED.matcher(a.text());
            String rated = rating == null ? null : when.find() ? rating + " " + Onsets.said(when.group(1)) : rating;
            if (rated != null && target.severity != null && target.support.turns().contains(a.turn()) && a.index() > 0
                    && !target.severity.contains(rating)) {
                target.severity = range(target.severity, rated);
            } else {
                target.attribute(null, null, rated, Support.of(SymptomReader.SAID, q.turn(), a.turn()));
            }
        } else if (last.character == null && Attributes.character(a.text()) != null
                && q.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:dry|productive|sharp|dull|what (?:does|kind)|"
                + "describe|like)\\b.*")) {
            last.character = Attributes.character(a.text());
            last.heard(Support.of(SymptomReader.SAID, q.turn(), a.turn()));
        } else if (pain != null && pain.severity == null && OUT_OF_TEN.matcher(a.text()).find()
                && unasked(a.text()) != null) {
            // "Does it come and go?" "…most of the time maybe a four out of ten": a rating said unasked is the pain's
            pain.attribute(null, null, unasked(a.text()), Support.of(SymptomReader.SAID, q.turn(), a.turn()));
        }
    }

    /** Today's rating said unasked; not "That was far worse, eight out of ten" of an old injury. */
    private static String unasked(String answer) {
        String rated = Attributes.severity(answer);
        return rated != null && rated.endsWith("/10") ? rated : null;
    }

    private static final Pattern OUT_OF_TEN = Pattern.compile("(?i)\\b\\d+(?:\\.\\d)? out of (?:10|ten)\\b");

    /** The patient's next reply goes on with the complaint; the clinician's few words between name nothing else. */
    static boolean storyGoesOn(Context c, Utterance u, SymptomBuilder last) {
        List<Integer> turns = last.support.turns();
        List<Utterance> between = c.dialogue.ofTurn(u.turn() - 1);
        return u.historySide() && u.index() == 0 && last.presence == Presence.PRESENT && !turns.isEmpty()
                && turns.get(turns.size() - 1) == u.turn() - 2 && !between.isEmpty() && between.stream().allMatch(
                b -> b.clinician() && b.text().split("\\s+").length <= 6
                        && LooseSymptoms.find(c.vocabulary, b.text()).isEmpty());
    }

    /** "On the stairs it's a seven… on the flat, maybe a three": two bare ratings, "between 3/10 and 7/10". */
    private static String range(String first, String second) {
        java.util.regex.Matcher a = BARE_RATING.matcher(first);
        java.util.regex.Matcher b = BARE_RATING.matcher(second);
        if (!a.matches() || !b.matches()) {
            return first + ", " + second;
        }
        int x = Integer.parseInt(a.group(1));
        int y = Integer.parseInt(b.group(1));
        return "between " + Math.min(x, y) + "/10 and " + Math.max(x, y) + "/10";
    }

    private static final Pattern BARE_RATING = Pattern.compile("(\\d+)/10");
}
