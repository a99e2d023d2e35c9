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
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/**
 * Past medical, surgical, family and social history. A blood relative's condition is family history, never
 * the patient's; a spouse's or friend's is neither.
 */
final class HistoryReader {

    /** "It felt like I was having a heart attack": a comparison, not a diagnosis. */
    /** "He nearly had a heart attack on the sideline": a figure of speech. */
    private static final Pattern NEARLY = Pattern.compile("(?i)\\b(?:nearly|almost)(?: (?:had|gave (?:me|him|her|"
            + "you)))?(?: an?)?\\s*$");
    private static final Pattern SIMILE = Pattern.compile("(?i)\\b(?:felt like|feels like|feel like|feeling like|"
            + "like i was|like i'm|as if|as though|thought (?:i|he|she|it|you)(?:'d| had| was| were| might| may)|"
            + "scared (?:it was|of)|afraid (?:it was|of)|worried (?:it was|i had|about)|kept thinking|is this|"
            + "thinking (?:i|i've|i'd|i'm|it|it's)|(?:was|were|am|i'm) (?:convinced|sure|certain) (?:it|i|that|he|she)"
            + "(?:'s| was| is| had| has| might)?)\\b"
            // "the bill nearly gave me a heart attack", "I'm a bit OCD about hand-washing": a figure of speech
            + "|\\b(?:nearly|almost) (?:gave|give|given|had) (?:me |him |her |you )?an?\\s+$");
    private static final Pattern THE_THING = Pattern.compile("(?i)the \\w+(?: \\w+)? (?:thing|business|scare)\\b");
    private static final Pattern AS_A_WORD = Pattern.compile("(?i)\\b(?:a bit|a little|bit|so|very|really|totally|"
            + "kind of|kinda|slightly|super)\\s+$");
    static final Pattern SMOKING = Pattern.compile("(?i)\\b(?:smoke|smokes|smoking|smoked|smoker|cigarettes?|"
            // "chew" only as a habit, not "chew tums"
            + "packs? a day|vapes?|vaping|tobacco|snuff|chew(?=\\s*(?:$|[,.]|a day|every day|daily)))\\b");
    static final Pattern ALCOHOL = Pattern.compile("(?i)(?<!\\b(?:food|eat|eating) and )"
            + "\\b(?:drink|drinks|drinking)\\b"
            + "(?! (?:okay|ok|fine|normally|all right|alright|enough)\\b| (?:(?:loads|lots|plenty) of |more |extra )?"
            + "(?:water|fluids|squash|juice|milk)\\b)|\\b(?:alcohol|beers?|wine|"
            + "liquor|cocktails?|bourbon|whiske?y|vodka|gin|rum|lagers?|ciders?|pints?)\\b");
    /** A relative's state, not a disease that runs in families: "when she was pregnant", "on the pill". */
    private static final Pattern NO_FAMILY_HISTORY = Pattern.compile("pregnancy|contraception management|"
            + "total joint replacement status");
    /** "…, my mum has them": the condition just denied is a relative's. */
    private static final Pattern THEIRS_TOO = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:but |although |though )?my "
            + "(mum|mom|mother|dad|father|sister|brother|grandmother|grandfather|nan|gran|grandma|grandpa|aunt|auntie|"
            + "uncle|son|daughter) (?:has|have|had|gets|got|get|suffers from|suffered from) (?:them|it|those|that)\\b");
    private static final Pattern AFTER = Pattern.compile("(?i)\\bafter (?:her|his|their|a|an|the)\\s+$");
    private static final Pattern SICK_CONTACTS = Pattern.compile("(?i)\\b(?:any(?:one|body) (?:else )?(?:(?:at home|"
            + "in the (?:house|family)|at (?:school|daycare|work)) )?(?:(?:been|got|had|feeling) )?(?:sick|ill|unwell|"
            + "poorly|with (?:the )?same|the same)|sick contacts?|(?:is|has) (?:anyone|anybody) (?:else )?been "
            + "sick)\\b");
    private static final Pattern VACCINE = Pattern.compile("(?i)\\b(?:shots?|vaccines?|vaccinat\\w*|immuni[sz]\\w*|"
            + "boosters?)\\b");
    private static final Pattern GUESS = Pattern.compile("(?i)\\b(?:i think|i guess|maybe|probably|might|could|"
            + "wonder(?:ing)? if|worried|afraid|scared|came up (?:as|with)|looked (?:it |them |that )?up|googled|"
            + "read online|on the internet|online it said|reading (?:stuff |things )?online|convinced)\\b");
    /** "I've had this tummy bug since Tuesday": the illness of today, not a condition of the past. */
    private static final Pattern THIS_ONE = Pattern.compile("(?i)\\bthis\\s+(?:(?:awful|horrible|nasty|bad|terrible|"
            + "annoying|stupid|same)\\s+)?$");
    /** "you mentioned migraine and that reminded me, my mum has migraines": the clinician's word, said back. */
    private static final Pattern ECHOED = Pattern.compile("(?i)\\byou (?:mentioned|said|talked about|brought up)\\s+$");
    private static final Pattern RECENT = Pattern.compile("(?i)\\b(?:for (?:about |like |almost |over |the (?:past|"
            + "last) )?(?:\\d+|a few|a couple of|several) (?:days?|weeks?)|since (?:yesterday|last night|this morning|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:an?|\\d+|a few|a couple of) "
            + "(?:minutes?|hours?|days?|weeks?) ago|"
            + "(?:last|this|on) (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|"
            + "over the weekend|earlier today)\\b");
    /** A sting or a sprain is today's injury unless the patient dates it long ago. */
    private static final Pattern ACUTE = Pattern.compile("(?i)\\b(?:insect bite|animal bite|tick bite|local reaction|"
            + "strain|sprain|"
            + "laceration|contusion|motor vehicle collision)\\b"); // "a fender bender on the way in": no history
    private static final Pattern LONG_AGO = Pattern.compile("(?i)\\b(?:years? ago|months ago|last year|as a (?:kid|"
            + "child|teenager)|when i was|in (?:19|20)\\d\\d|back in|before|previous|previously|once|history of)\\b");
    private static final Pattern QUIT = Pattern.compile("(?i)\\b(?:quit|quitted|stopped|gave up|former|used to|"
            + "ex-smoker|haven't (?:smoked|had a drink)|no longer)\\b");
    static final Pattern SOCIAL_QUESTION = Pattern.compile("(?i)\\b(?:smoke|smoker|smoking|tobacco|cigarettes?|vape|"
            + "alcohol|(?<!\\b(?:food|eat|eating) and )(?:drink|drinking)|beer|wine|drugs|weed|marijuana|cannabis|"
            + "caffeine|coffee|energy drinks?|"
            + "exercise|work|job|occupation|live with|living situation)\\b");
    static final Pattern QUANTITY = Pattern.compile("(?i)\\b(?:\\d+(?:\\.\\d+)? |an? |one |half a |(?:a )?couple "
            + "(?:of )?)(?:packs?|cigarettes?|beers?|glass(?:es)? of \\w+|(?:energy )?drinks?)(?: (?:a|per|"
            + "each) (?:day|week|night))?"
            + "|\\b(?:socially|occasionally|on (?:the )?weekends?|every (?:day|night)|daily|rarely|a (?:day|week))\\b");

    private HistoryReader() {
    }

    static List<HistoryItem> read(Context c) {
        List<HistoryItem> out = new ArrayList<>();
        for (Utterance u : c.utterances()) {
            if (u.clinician() && u.question()) {
                Screens.read(u, c.dialogue.answerTo(u), out); // a risk screen may come in the mental state exam
                DomainStatus.read(c, u, c.dialogue.answerTo(u), out);
            }
            if (c.part(u) == Part.EXAM) {
                // "My mum's got one of those finger things, she's got COPD": a relative's condition told mid-exam
                if (u.historySide() && !u.question()) {
                    List<HistoryItem> told = new ArrayList<>();
                    conditions(c, u, c.dialogue.questionFor(u), false, told);
                    told.stream().filter(h -> h.kind().equals("family")).forEach(h -> add(out, h));
                }
                continue;
            }
            if (u.clinician() && c.part(u) == Part.HISTORY) {
                ClinicianHistory.summarized(c, u, out);
                if (!u.question()) {
                    ClinicianHistory.restated(c, u, out);
                }
            }
            if (u.historySide() && !u.question()) {
                Utterance asked = c.dialogue.questionFor(u);
                String drug = DrugEffects.drug(c, u, asked);
                DrugEffects.told(c, u, asked, drug).forEach(h -> add(out, h));
                conditions(c, u, asked, drug != null, out);
                SurgeryReader.read(u).forEach(h -> add(out, h));
                SocialTold.read(c, u, out);
                TravelTold.read(c, u, out);
                HistoryItem contact = Kinship.sickContact(u);
                if (contact != null) {
                    add(out, contact);
                }
            } else if (u.clinician() && u.question()) {
                asked(c, u, out);
            }
        }
        out.removeIf(h -> RelativesCondition.retold(c, h));
        return out;
    }

    /**
     * @param asked     the question the sentence's turn answers, or null
     * @param drugTold  the sentence tells what a drug did ("it gave me thrush")
     */
    private static void conditions(Context c, Utterance u, Utterance asked, boolean drugTold, List<HistoryItem> out) {
        String text = u.text();
        if (asked != null && SICK_CONTACTS.matcher(asked.text()).find()) {
            return; // "Anyone else sick?" "Half his daycare class, a stomach bug.": others' illness, not his history
        }
        // a missed rotavirus shot; "a cold for four days" is today's illness, not past history
        boolean notHistory = VACCINE.matcher(text).find() || asked != null && VACCINE.matcher(asked.text()).find()
                || RECENT.matcher(text).find();
        boolean told = false;
        for (Match m : c.vocabulary.find(Term.Kind.CONDITION, text)) {
            String whose = Kinship.parentOfSpeaker(c, Attribution.of(u, m.start()));
            if (whose.equals(Attribution.SPEAKER) || AskedAbout.echo(c, u, m) || spokenOfBefore(c, u, m)) {
                continue;
            }
            Presence p = Negation.of(text, m.start(), m.end());
            Matcher theirs = THEIRS_TOO.matcher(text.substring(m.end()));
            if (p != Presence.PRESENT && theirs.lookingAt()
                    && Kinship.bloodRelative(Kinship.relation(theirs.group(1)))) {
                // "I've never been diagnosed with migraines, my mum has them": not hers, her mother's
                add(out, new HistoryItem("family", m.term().canonical(), Kinship.relation(theirs.group(1)),
                        Support.of(0.8, u.turn())));
                continue;
            }
            // "if you say so doc um the thing is my dad had lung cancer": an "if" a dozen words back is not this one's
            if (p != Presence.PRESENT || SymptomReader.HYPOTHETICAL.matcher(Words.last(Negation.clause(text.substring(0,
                    m.start())), 8)).find() || SIMILE.matcher(Negation.clause(text.substring(0, m.start()))).find()
                    || NEARLY.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            String name = m.term().canonical();
            // "sorry about the stroke thing, with her mam": the talk about a scare, not a diagnosis
            if (m.surface().equalsIgnoreCase("ocd") && AS_A_WORD.matcher(text.substring(0, m.start())).find()
                    || THE_THING.matcher(text).region(Math.max(0, m.start() - 4), text.length()).lookingAt()) {
                continue;
            }
            if (notHistory || name.equals("drug allergy")
                    || ACUTE.matcher(name).find() && !LONG_AGO.matcher(text).find()
                    || GUESS.matcher(Negation.clause(text.substring(0, m.start()))).find()
                    || ECHOED.matcher(text.substring(0, m.start())).find() || THIS_ONE.matcher(text.substring(0,
                    m.start())).find()
                    || drugTold && !text.substring(0, m.start()).matches("(?is).*\\bfor (?:a |an |the |my |his |her )?$")) {
                // the allergy list's; "I think I have a UTI" is today's complaint; "it gave me thrush" is what a drug
                // did, while "they gave me Bactrim for a bladder infection" names a past condition
                continue;
            }
            if (name.matches("(?i).*\\b(?:tobacco|nicotine|alcohol|substance|opioid|cannabis)\\b.*")
                    && (QUIT.matcher(text).find() || asked != null && SOCIAL_QUESTION.matcher(asked.text()).find())) {
                // "I quit smoking twenty years ago", "Still smoking?" "Half a pack a day.": a habit, told in the
                // social history, not a diagnosis of the past
                continue;
            }
            whose = ConditionOwner.of(c, u, m, whose);
            if (whose.equals(Attribution.PATIENT)) {
                add(out, new HistoryItem("medical", name, null, Support.of(0.75, u.turn())));
            } else if (Kinship.bloodRelative(whose) && !(told && AFTER.matcher(text.substring(0, m.start())).find())
                    && !NO_FAMILY_HISTORY.matcher(name).matches()) {
                // "a clot in her leg after her hip replacement": the operation is when, the clot is the history
                add(out, new HistoryItem("family", name, whose, Support.of(0.8, u.turn())));
                told = true;
            }
        }
    }

    /** "Anyone in your family with heart disease?" "My dad." */
    private static void asked(Context c, Utterance q, List<HistoryItem> out) {
        Utterance a = c.dialogue.answerTo(q);
        if (a == null) {
            return;
        }
        HistoryItem family = FamilyAnswers.of(c, q, a);
        if (family != null) {
            add(out, family);
        }
        if (SICK_CONTACTS.matcher(q.text()).find()) {
            String t = Phrasing.tidy(a.text()).replaceAll("(?i)^(?:yeah|yes|yep|well|um|uh)\\b,?\\s*", "")
                    .replaceAll("[.!]+$", "");
            boolean ownWords = a.role() != Role.PATIENT
                    && t.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:i|i'm|i've|my|me)\\b.*");
            if (Negation.answer(a.text()) != Negation.Answer.NO && !t.isBlank() && !ownWords) {
                add(out, new HistoryItem("contacts", t, null, Support.of(0.7, q.turn(), a.turn())));
            }
            return;
        }
        AskedHistory.read(c, q, a, out);
        HistoryItem work = Occupation.asked(c, q);
        if (work != null) {
            add(out, work);
            return;
        }
        SocialAnswers.read(c, q, a, out);
    }

    /** "My brother Walt still smokes two packs a day": someone else's habit. */
    static boolean othersHabit(Utterance x) {
        Matcher habit = QUANTITY.matcher(x.text());
        return (habit.find() || (habit = SMOKING.matcher(x.text())).find() || (habit = ALCOHOL.matcher(x.text())).find())
                && !Attribution.of(x, habit.start()).equals(Attribution.PATIENT);
    }

    /** "I've had a migraine for three days…" … "Well, the migraine made sure of that.": the companion's own again. */
    private static boolean spokenOfBefore(Context c, Utterance u, Match m) {
        return u.role() == Role.COMPANION && !Attribution.saysWhom(u.text()) && c.utterances().stream()
                .anyMatch(x -> x.role() == Role.COMPANION && x.turn() < u.turn()
                        && c.vocabulary.find(Term.Kind.CONDITION, x.text()).stream().anyMatch(y -> y.term() == m.term()
                        && Attribution.of(x, y.start()).equals(Attribution.SPEAKER)));
    }

    /** The patient, or an interpreter speaking in the patient's first person. */
    static boolean speaksAsPatient(Utterance u) {
        return u.role() == Role.PATIENT
                || u.role() == Role.INTERPRETER;
    }

    /** Adds the item, or merges its support into the same item already there. */
    static void add(List<HistoryItem> out, HistoryItem item) {
        for (int i = 0; i < out.size(); i++) {
            HistoryItem x = out.get(i);
            if (x.kind().equals(item.kind()) && x.text().equalsIgnoreCase(item.text())
                    && java.util.Objects.equals(x.relative(), item.relative())) {
                out.set(i, new HistoryItem(x.kind(), x.text(), x.relative(), x.support().and(item.support())));
                return;
            }
        }
        out.add(item);
    }
}
