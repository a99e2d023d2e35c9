package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * Every time a drug is named (or its dose corrected without naming it again): the dose, route, frequency
 * and duration said with it, what is done with it, and by whom. A self-correction inside the sentence
 * ("20 — no, sorry, 40") keeps only what follows the correction.
 */
final class MedicationMentions {

    /** One mention; null fields were not said. {@code action}: taking, tried, stopped, or an order verb. */
    record Mention(String drug, String said, Term term, String dose, String route, String frequency,
            String duration, String action, boolean plan, Utterance where, int answerTurn, String from) {
    }

    private static final Pattern EVER_TAKEN = Pattern.compile(AnsweredMedication.EVER_HAD.pattern() + "[^?]*\\?\\W*$");
    private static final Pattern FROM_FOOD = Pattern.compile("(?i)\\s+(?:from|in|through|with) (?:food|foods|"
            + "(?:your |the |her |his |a )?diet|dairy|meals)\\b");
    /** "an antihistamine, something like cetirizine, which I can prescribe for you today": given too. */
    static final Pattern GIVEN_AFTER = Pattern.compile("(?i)^[\\s,]*(?:(?:which|that) )?(?:i|we) (?:can|will|"
            + "'ll|am going to|are going to) (?:give|prescribe|start|send)\\b");
    /** "And something called emollients, which can help with the dry skin": the treatment offered, by its name. */
    private static final Pattern CALLED = Pattern.compile("(?i)^\\W*(?:(?:and|also|uh|um|then)\\W+)*something "
            + "called\\s+$");
    private static final Pattern HELPS = Pattern.compile("(?i)^[\\s,]*(?:which|that|it|they) (?:can|will|should|may|"
            + "might) help\\b");
    /** Between a drug named and the one meant instead: "penicillin, or, i'm sorry, amoxicillin". */
    private static final Pattern SWAPPED = Pattern.compile("(?i)^[\\s,]*(?:or[\\s,]+)?(?:i'm sorry|sorry|i mean|"
            + "excuse me|no|rather|actually|i meant)[\\s,]*(?:(?:the|i mean)[\\s,]+)?$");
    /** Between two drugs of one list: a sig and a comma or "and", no verb of its own. */
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^[\\s\\w./]*?(?:,|\\band\\b)\\s*(?:and\\s+)?(?:the |your "
            + "|his |her )?$");
    /** "…stop the famotidine, no ibuprofen, voltaren gel and tylenol for the knee": a recap's items, one by one. */
    private static final Pattern NO_ITEM = Pattern.compile("(?i)(?:^|[,;]\\s*)no [\\w-]+(?: [\\w-]+)?,\\s*$");
    private static final Pattern GIVEN_STOP = Pattern.compile("(?i)\\b(?:when|since|after|once) (?:you|she|he|they)"
            + "(?:'ve| have| had)? (?:stopped|came off|quit|finished)\\s+(?:taking\\s+)?(?:the |your |his |her )?$");
    private static final Pattern OTHER_CLAUSE = Pattern.compile("(?i)[,;]\\s+(?:and\\s+|but\\s+)?(?:you|i|we|she|he)"
            + "\\s+(?:could|can|might|may|should)\\s+(?:also\\s+)?try\\b");

    private static final Pattern LEADING_DOSE = Pattern.compile("(?i)^\\W*(\\d+(?:\\.\\d+)?)\\s*(mg|milligrams?|mcg|"
            + "micrograms?),?\\s+(?:of\\s+)?(?:the |her |his |your |my )?$");

    private MedicationMentions() {
    }

    static List<Mention> find(Context c) {
        List<Mention> out = new ArrayList<>();
        for (Utterance u : c.utterances()) {
            List<Match> named = DrugNames.in(c, u);
            List<Match> drugs = DrugChoices.notOffered(c, u, named); // "either trimethoprim or nitrofurantoin"
            // "I'd like you to stop that today, and we'll check your B6 level.": no drug named but the one it stops
            if (named.isEmpty() || named.stream().allMatch(d -> NoMention.levelOnly(u.text(), d))) {
                Mention corrected = FollowOnMentions.of(c, u, out);
                if (corrected != null) {
                    out.add(corrected);
                }
                continue;
            }
            int takenBack = -1;
            for (int i = 0; i < drugs.size(); i++) {
                Match d = drugs.get(i);
                // "no ibuprofen, no Brufen, no diclofenac": a list of bans, not a drug taken back
                if (i + 1 < drugs.size() && SWAPPED.matcher(u.text().substring(d.end(), drugs.get(i + 1).start()))
                        .matches() && !DrugBans.NO_MORE.matcher(u.text().substring(0, d.start())).find()) {
                    takenBack = i; // "treat you with penicillin, or, i'm sorry, amoxicillin": only the second
                    continue;
                }
                int from = takenBack == i - 1 && i > 0 ? (i == 1 ? 0 : drugs.get(i - 2).end())
                        : i == 0 ? 0 : drugs.get(i - 1).end();
                int to = i + 1 < drugs.size() ? drugs.get(i + 1).start() : u.text().length();
                Mention listed = i > 0 && !out.isEmpty() && out.get(out.size() - 1).where() == u
                        ? out.get(out.size() - 1) : null;
                Mention m = mention(c, u, d, from, to, listed == null ? null : listed.action());
                if (m != null && listed != null && (listed.drug().equals(m.drug()) || listed.term() != null
                        && m.drug().equalsIgnoreCase(listed.term().group())) && m.dose() == null
                        && m.action().startsWith("taking")) {
                    continue; // "naproxen, the Aleve", "Microgynon, the combined pill": the same drug named again
                }
                if (m != null && listed != null && m.dose() == null && listed.term() != null && m.term() != null
                        && listed.term().group().equals(m.term().group()) && u.text().substring(drugs.get(i - 1)
                        .end(), d.start()).matches("\\s*,\\s*the\\s*")) {
                    continue; // "hypromellose, the artificial tears,": the product, then what it is
                }
                if (m != null) {
                    out.add(Tapers.byDay(c, Tapers.of(m)));
                }
            }
        }
        return out;
    }

    private static final Pattern GIVEN_NOW = Pattern.compile("(?i)^[^.;?]{0,30}?\\bgiven\\b(?! (?:to|at|in) (?:the )?"
            + "(?:pharmacy|school|clinic|surgery|practice)\\b)|^\\W*(?:\\w+\\W+){0,2}?\\d+(?:\\.\\d+)? ?ml\\W+(?:"
            + "intramuscular\\w*|im)\\W+(?:into the )?(?:left|right) (?:upper arm|deltoid|thigh|arm)\\b\\W*$");
    private static final Pattern DONE = Pattern.compile("(?i)^\\W*(?:done|all done|given|that's in|there we go)\\b");

    /** The nurse's "Done, right arm." next, or her own "…into the left upper arm. Little pinch… and done.": given. */
    private static boolean doneNext(Context c, Utterance u) {
        List<Utterance> next = c.dialogue.ofTurn(u.turn() + 1);
        String rest = String.join(" ", c.dialogue.ofTurn(u.turn()).stream().filter(x -> x.index() >= u.index())
                .map(Utterance::text).toList());
        return u.clinician() && (!next.isEmpty() && next.get(0).clinician() && DONE.matcher(next.get(0).text()).find()
                || !u.question() && NEEDLE.matcher(c.dialogue.text(u.turn())).find() && DONE_LATER.matcher(rest).find());
    }

    private static final Pattern EFFECT = Pattern.compile("(?i)^\\s*(?:can|may|might|could|will)(?: \\w+)? (?:give|cause|"
            + "make)\\b");
    private static final Pattern NEEDLE = Pattern.compile("(?i)\\b(?:scratch|pinch|sharp|squeeze)\\b");
    private static final Pattern DONE_LATER = Pattern.compile("(?i)\\b(?:all done|and done|that's it|that's in)\\b"
            + "|(?:\\.\\.\\.|…|[.,])\\s*done\\W*$");

    private static final Pattern PAIRED = Pattern.compile("(?i)\\s*(?:and|&|plus)\\s*");
    private static final Pattern TOGETHER = Pattern.compile("(?i)^[\\w-]+(?: [\\w-]+)?,?\\s+(?:together|both)\\b");
    private static final Pattern DAYS_ONLY = Pattern.compile("(?is)(?:(?!\\d).)*\\d+\\s*(?:days?|weeks?)\\b"
            + "(?:(?!\\d).|\\d+\\s*(?:days?|weeks?)\\b)*");

    /** {@code listAction}: what the sentence said of the drug listed just before ("carry on with A and B"). */
    private static Mention mention(Context c, Utterance u, Match d, int from, int to, String listAction) {
        String text = u.text();
        String before = Negation.clause(OrderVerbs.itemNamed(text, from, d.start()));
        if (NoMention.of(c, u, d, before, from, to)) {
            return null;
        }
        String after = ActionAfter.ownItem(text.substring(d.end(), to));
        int cut = DoseCorrections.lastCorrection(after);
        String tail = cut < 0 ? after : after.substring(cut);
        // "valacyclovir 500 twice a day… no, sorry, that's the cold sore dose": retracted, the right one follows
        boolean retracted = cut < 0 && DoseCorrections.retracted(to < text.length()
                ? after.replaceFirst("(?i)\\bno\\s*$", "") : after); // not "…twice a day, no glimepiride"
        // "800 mg three times a… no, five times a day": the 5 corrects how often, it is no dose
        String limited = Sig.MOST_A_DAY.matcher(tail).replaceAll(" "); // the most a day goes before its "a day"
        String doseTail = cut < 0 ? limited
                : Sig.DURATION.matcher(Sig.FREQUENCY.matcher(limited).replaceAll(" ")).replaceAll(" ");
        String dose = retracted ? null : SpokenDoses.of(doseTail, cut < 0 ? before : "", d);
        String frequency = retracted ? null : Sig.frequency(Sig.MOST_A_DAY.matcher(StagedDoses.lastStage(tail))
                .replaceAll(" "));
        if (frequency == null && cut >= 0) {
            frequency = Sig.frequency(Sig.MOST_A_DAY.matcher(after).replaceAll(" ")); // not the limit's "a day"
        }
        if (frequency == null && dose == null && to < text.length() && PAIRED.matcher(text.substring(d.end(), to))
                .matches() && TOGETHER.matcher(text.substring(to)).lookingAt()) {
            // "isoniazid and rifapentine together, once a week for 12 weeks": one sig for both
            frequency = Sig.frequency(text.substring(to).split("[.;]", 2)[0]);
        }
        // "100 mg twice a day for seven, no, five days", "210 mg twice a day… no, once a day": only days or how often
        if (dose == null && cut >= 0 && (DAYS_ONLY.matcher(tail).matches() || Quantities.find(doseTail).isEmpty())) {
            dose = SpokenDoses.of(Sig.MOST_A_DAY.matcher(after).replaceAll(" "), before, d);
        }
        dose = SpokenDoses.loading(dose, tail, d);
        Matcher lead = LEADING_DOSE.matcher(text.substring(0, d.start()));
        if (dose == null && !u.question() && lead.matches()) {
            // "Forty milligrams, the omeprazole.": the dose said before the drug
            dose = Quantities.clean(lead.group(1)) + " " + Quantities.unit(lead.group(2));
        }
        // "stick with the paracetamol, …, and you could try a gel on the knees": the gel is another clause's
        String route = Sig.route(OTHER_CLAUSE.split(text.substring(d.start(), to), 2)[0]);
        // a titration's first stages carry their own spans: how long is the last stage's
        String duration = Sig.duration(StagedDoses.titration(tail) != null ? StagedDoses.lastStage(tail) : tail);
        Part part = c.part(u);
        boolean plan = u.clinician() && (part == Part.PLAN || part == Part.RESULTS && !u.question() // after an X-ray
                && text.matches("(?is)^\\W*for (?:the )?pain\\b.*")); // "For pain, acetaminophen 1 gram every 6 hours…"
        String action = ActionAfter.of(u, d, before, after, MedicationActions.action(u, before, plan), plan);
        if (Precautions.holdIfWarned(action, text.substring(0, d.start()), text.substring(d.end()))) {
            return null;
        }
        if (action == null && !u.clinician() && u.question() && listAsked(c, u)) {
            action = "taking"; // "Which medications do you take?" "Atorvastatin?": the answer, its name checked aloud
        }
        // "So I think we should go up on the sertraline.", said while the history is still being taken: an order
        plan |= u.clinician() && String.valueOf(action).matches("(?:re)?start|(?:in|de)crease|stop|hold|change|given");
        if ("decrease".equals(action) && dose == null
                && before.toLowerCase(Locale.ROOT).matches("(?s).*\\bdrop\\w*\\b[^.]*$")) {
            action = "stop"; // "let's drop the ibuprofen": without a lower dose, dropped is stopped
        }
        if (action == null && u.clinician() && ChartReadBacks.of(text.substring(from, d.start()), after)
                && !ChartMedicationsOff.takenOff(text)) {
            action = "taking"; // "and the fluticasone on your list": the chart read back
        }
        // "stay off the sertraline, mirtazapine fifteen at night": a drug with its own dose is not stopped with it
        // "the urgent care gave me Cipro and Flagyl": both were the course given then
        if ((action == null || action.equals("continue-implied")
                || "tried".equals(listAction) && action.startsWith("taking")) && listAction != null
                && LIST_GAP.matcher(before).matches() && !(listAction.startsWith("stop") && (dose != null
                || frequency != null || NO_ITEM.matcher(text.substring(0, d.start())).find()
                || DrugBans.REPLACING.matcher(after).lookingAt()))) { // "…the Augmentin replaces it"
            action = listAction; // "I've got aspirin 81 once a day, lisinopril 10 once a day": the same verb
        }
        if (MedicationActions.offAfter(before, after) || !u.clinician() && (to == text.length()
                || DrugNames.in(c, u).size() == 1) && StoppedAfter.stoppedNext(c, u)) {
            action = plan ? "stop" : "stopped";
        } else if (u.clinician() && plan && ActionAfter.keptAfter(text.substring(d.end()))) {
            action = "continue";
        }
        action = !u.clinician() && (PastCourses.of(before, after)
                || AnsweredMedication.triedForIt(c, u, action)) || PastCourses.withoutTrouble(before, after) ? "tried"
                : action; // "you've had amoxicillin without a problem?": a course had, not taken now
        if (FROM_FOOD.matcher(text.substring(d.end())).lookingAt()) {
            return null; // "try to get your calcium from food": a nutrient in the diet, not a tablet
        }
        if (d.term() != null && d.term().group().equals("vaccine")) {
            // "have you had the shingles vaccine?" "No": a vaccine is given or recommended, never "taken" or "stopped"
            plan = plan || doneNext(c, u); // "Sharp scratch. That's the flu vaccine, … All done.", in the history
            if (!plan && !GIVEN_AFTER.matcher(after).lookingAt() || u.question()) {
                return null; // "he's due his flu vaccine, we can give the nasal spray one today" is given
            }
            if (EFFECT.matcher(after).lookingAt()) {
                return null; // "The MMR can sometimes give a wee rash…": what it may do, no order
            }
            // "Fluzone High-Dose given, left deltoid", "…half a mil IM into the right deltoid." "Done, right arm."
            action = GIVEN_NOW.matcher(after).lookingAt() || doneNext(c, u) ? "given" : "vaccinate";
            route = action.equals("given") ? ClinicDoses.withSite(route, after) : route;
        }
        if (u.clinician() && !"stop".equals(action) && !"stopped".equals(action)
                && NotOrdered.of(before)) {
            if (!ActionAfter.declined(before)) {
                return null;
            }
            action = "declined"; // "I'm not going to prescribe Xanax": written as not prescribed, never as taken
        }
        if (!u.clinician() && !"stopped".equals(action) && Negation.of(text, d.start(), d.end())
                == org.scribeonfhir.drafting.visit.Presence.DENIED) {
            return null;
        }
        String drug = d.term() == null ? d.surface().toLowerCase(Locale.ROOT) : d.term().canonical();
        int answerTurn = -1;
        Utterance asked = MedicationActions.askedOf(c, u, d.end());
        // "did anything change when you stopped the montelukast?" "not really": the stop is given, not asked
        if (asked != null && ("stopped".equals(action) && GIVEN_STOP.matcher(before).find()
                || "tried".equals(action) && PastCourses.withoutTrouble(before, after))) { // "…without a problem?"
            asked = null;
        }
        if (asked != null) {
            Utterance a = c.dialogue.answerTo(asked);
            if (a == null) {
                return null;
            }
            action = AnsweredMedication.action(c, asked, a, action, before, d, drug, dose, plan);
            if (action == null) {
                return null;
            }
            String answerTail = a.text().substring(Math.max(0, DoseCorrections.lastCorrection(a.text())));
            dose = dose != null && Quantities.find(a.text()).isEmpty() ? dose : SpokenDoses.of(answerTail, "", null);
            frequency = Sig.later(frequency, Sig.frequency(answerTail));
            answerTurn = a.turn();
        }
        if (u.clinician() && u.question() && u.index() > 0 && (action == null || action.startsWith("taking"))
                && EVER_TAKEN.matcher(c.dialogue.ofTurn(u.turn()).get(u.index() - 1).text()).find()) {
            action = "tried"; // "Have you ever taken penicillin yourself? Amoxicillin, Augmentin?": examples asked
        }
        // "…Rigevidon, the combined pill": the drug's own class said after it is no other drug of a list
        if (u.clinician() && !u.question() && !plan && StoppedAfter.readBackStopped(c, u)
                && c.vocabulary.find(Term.Kind.DRUG, text.substring(d.end())).stream()
                        .allMatch(x -> sameClass(x, d))) {
            action = "stopped"; // "and the hydroxyzine for the anxiety" "oh i stopped that, it made me groggy"
            answerTurn = u.turn() + 1;
        }
        // "Utrogestan, which is micronised progesterone. 200 mg at bedtime…": the dose follows as a drugless sentence
        action = (action == null || action.equals("continue-implied")) && plan
                && (DoseSentences.namedThenDosed(c, u, d) || GIVEN_AFTER.matcher(after).lookingAt()
                || CALLED.matcher(before).find() && HELPS.matcher(after).lookingAt()) ? "start" : action;
        action = ActionAfter.usual(action, before, after);
        if (action == null) {
            return null;
        }
        ActionAfter.Change change = ActionAfter.change(after, cut, dose, frequency);
        String was = change == null ? null : change.was();
        dose = change == null ? dose : change.dose();
        frequency = change == null ? frequency : change.frequency();
        DoseSentences.Said next = (dose != null || action.matches("start|continue-implied")) && frequency == null
                && u.clinician() && plan && to == text.length() ? DoseSentences.sigAfter(c, u) : null;
        duration = duration == null ? ActionAfter.holdSpan(action, after) : duration;
        return new Mention(drug, d.surface().toLowerCase(Locale.ROOT), d.term(), dose, route,
                next == null ? frequency : next.frequency(), next == null || duration != null ? duration
                : next.duration(), action, plan, u, answerTurn, was);
    }

    private static final Pattern MEDS_ASKED = Pattern.compile("(?i)\\b(?:medications?|medicines?|meds|tablets|"
            + "pills)\\b[^?]*\\b(?:take|taking|on)\\b|\\b(?:take|taking|taken|use|using|used|on) (?:any )?"
            + "(?:other )?(?:regular )?(?:medications?|medicines?|meds|tablets|pills)\\b");

    private static boolean listAsked(Context c, Utterance u) {
        Utterance q = c.dialogue.questionFor(u);
        return q != null && q.clinician() && MEDS_ASKED.matcher(q.text()).find();
    }

    private static boolean sameClass(Match x, Match d) {
        String g = x.term().group();
        return g != null && !g.isBlank() && g.equals(d.term().group());
    }
}
