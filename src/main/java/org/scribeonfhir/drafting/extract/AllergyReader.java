package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.Support;

/** Allergies the visit names ("allergic to penicillin, I get hives"), or that there are none. */
final class AllergyReader {

    private static final Pattern CONTEXT = Pattern.compile("(?i)\\b(?:allergic|allergy|allergies|reaction to|"
            + "can't take|cannot take|can't have|cannot have|can't tolerate|intolerant|"
            + "(?:gives?|gave) (?:me|him|her|them) (?:hives|a rash)|"
            + "(?:made|makes) (?:me|him|her|them) (?:throw up|sick|vomit|itch|swell)|broke out|break out|"
            + "itchy welts)\\b");
    private static final Pattern NONE = Pattern.compile("(?i)\\b(?:no (?:known )?(?:drug |medication )?allergies|"
            + "not allergic to (?:anything|any)|nkda|no allergies|don't have any allergies|no drug allergies)\\b");
    private static final Pattern ANY_ALLERGIES = Pattern.compile("(?i)\\bany (?:known |drug |medication )*allergies\\b");
    private static final Pattern TAKEN_BACK = Pattern.compile("(?i)\\b(?:that's|that is|that was) (?:my|his|her) "
            + "(?:wife|husband|partner|mom|mother|dad|father|sister|brother|son|daughter)\\b[^.]*[.!]?\\s*(?:i|he|she) "
            + "(?:don't|doesn't|do not|does not) have any\\b");
    private static final Pattern NOT_ABOUT_DRUGS = Pattern.compile("(?i)\\b(?:seasonal|hay fever|pollen|environmental|"
            + "food|pets?|dust|mold|grass|anyone|family)\\b");
    private static final Pattern ONLY_THIS = Pattern.compile("(?i)\\b(?:no|nope|none|nothing)\\b[^.?]{0,20}?\\b(?:just|"
            + "only|except|apart from|other than|besides)\\b");
    /** "What did the rash look like?" after an allergy is named: the answer is its reaction. */
    static final Pattern REACTION_QUESTION = Pattern.compile("(?i)\\b(?:what (?:did|does|was|were) (?:it|the "
            + "\\w+|that)(?: \\w+)? (?:look like|like)|what (?:kind of|sort of) (?:reaction|rash)|what happened|"
            + "what did (?:she|he|you|they) (?:get|have|do)|tell me (?:more )?about (?:the|that|his|her|your) "
            + "(?:\\w+ )?allergy|what happens)\\b");
    private static final Pattern NOT_ALLERGIC = Pattern.compile("(?i)\\b(?:doesn't|does not|don't|do not|isn't|"
            + "is not|aren't|are not|not|never)\\b[^.;]{0,30}\\ballergic to (?:[a-z]+ )?$");
    private static final Pattern ASKS_ABOUT = Pattern.compile("(?i)\\b(?:allerg\\w*|reactions?)\\b");
    /** "Any reactions to medicines?", "Anything that's given you a proper reaction?": asked without the word. */
    private static final Pattern DRUG_REACTIONS = Pattern.compile("(?i)\\breactions? to (?:any |a |some )?(?:medicines?"
            + "|medications?|meds|drugs?|antibiotics?)\\b|\\b(?:given|gave|caused|causes?) (?:you |him |her |them )?"
            + "(?:a |any )?(?:proper |real |true |bad )?reactions?\\b|\\breacts? to (?:anything|any\\w*)\\b");
    private static final Pattern NOT_DRUG_ALLERGY = Pattern.compile("(?i)\\b(?:seasonal|pollen|hay fever|"
            + "environmental|dust|cats?|dogs?|mold|grass)\\b");

    private AllergyReader() {
    }

    static List<Allergy> read(Context c) {
        List<Allergy> out = new ArrayList<>();
        for (Utterance u : c.utterances()) {
            String text = u.text();
            if (u.clinician() && u.question() && (text.toLowerCase(Locale.ROOT).contains("allerg")
                    || DRUG_REACTIONS.matcher(text).find() || AllergyTurns.anyOther(c, u))) {
                Utterance a = c.dialogue.answerTo(u);
                if (a != null) {
                    answered(c, u, a, out);
                    continue;
                }
            }
            Allergy noted = AllergyTurns.readBack(c, u); // "Cefalexin, hives."
            if (noted != null) { // "Plasters, blisters." after "sticking plasters": the same allergen
                String same = out.stream().map(Allergy::substance).filter(x -> x != null && (x.contains(noted
                        .substance()) || noted.substance().contains(x))).findFirst().orElse(noted.substance());
                add(out, new Allergy(same, noted.reaction(), false, noted.support()));
                continue;
            }
            // "Allergies — I've got lisinopril." "Yep. My lips swelled up…": the chart's allergy read out and confirmed
            List<String> read = Allergens.of(c, text); // the allergen after the word, and no "no allergies"
            Utterance confirmed = u.clinician() && !u.question() && read.size() == 1 && !NONE.matcher(text).find()
                    && text.toLowerCase(Locale.ROOT).indexOf("allerg") >= 0 && text.toLowerCase(Locale.ROOT)
                    .indexOf("allerg") < Allergens.position(c, text, read.get(0)) ? AllergyReader.reply(c, u) : null;
            if (confirmed != null && confirmed.index() == 0 && Negation.answer(confirmed.text()) == Negation.Answer.YES) {
                answered(c, u, confirmed, out);
                continue;
            }
            // "tell me about the peanut allergy", unpunctuated, asks for the reaction too
            if (u.clinician() && (u.question() || text.matches("(?is)^(?:so |and |okay )*tell me.*"))
                    && REACTION_QUESTION.matcher(text).find()) {
                if (out.isEmpty()) { // "Tell me about the amoxicillin allergy": the chart's, asked about first here
                    Allergens.of(c, text).forEach(x -> add(out, new Allergy(x, null, false, Support.of(0.85, u.turn()))));
                }
                if (!out.isEmpty()) {
                    reactionOf(c, u, out);
                    continue;
                }
            }
            if (!u.historySide() && !(u.clinician() && c.part(u) == Part.HISTORY)) {
                continue;
            }
            if (NONE.matcher(text).find() && (!ONLY_THIS.matcher(text).find() || Allergens.of(c, text).isEmpty())) {
                add(out, new Allergy(null, null, true, Support.of(0.85, u.turn())));
                continue;
            }
            // "the loratadine ten milligrams once a day for my allergies": what the drug is for, not an allergy to it
            if (!CONTEXT.matcher(AllergyTreatments.withoutIndication(text)).find() || AllergyTurns.othersAnswer(c, u)
                    || NOT_DRUG_ALLERGY.matcher(text).find() && Allergens.of(c, text).isEmpty()) {
                continue;
            }
            for (String s : Allergens.of(c, text)) {
                int at = Allergens.position(c, text, s);
                if (at < 0) { // "he's allergic to eggs, we carry his EpiPen": said by a brand, whose is the allergy's
                    Matcher context = CONTEXT.matcher(text);
                    at = context.find() ? context.start() : -1;
                }
                // "okay so you're not taking naproxen any allergies": the next question, unpunctuated, not its allergen
                // "a shellfish allergy doesn't mean you're allergic to iodine contrast": said not to be one
                if (at >= 0 && (!Attribution.of(u, at).equals(Attribution.PATIENT) || ANY_ALLERGIES.matcher(text)
                        .find(at) || NOT_ALLERGIC.matcher(text.substring(0, at)).find()
                        || AllergyTurns.notPatientsBefore(c, u, text.substring(0, at),
                                text.substring(Math.min(text.length(), at + s.length())))
                        || Attribution.namedOther(u, text.substring(0, at), c::personName)) // "Ava's the one with"
                        || AllergyTreatments.forTheAllergy(c, text, s) || AllergyTreatments.beforeABreak(c, text, s,
                        CONTEXT.matcher(text).results().mapToInt(r -> r.start()).findFirst().orElse(-1))) {
                    continue;
                }
                String reaction = AllergyReactions.ofOwn(text, at, Allergens.of(c, text).stream()
                        .map(x -> Allergens.position(c, text, x)).toList());
                add(out, new Allergy(s, reaction != null ? reaction : AllergyReactions.after(c, u, s), false,
                        Support.of(0.85, u.turn())));
            }
        }
        Intolerances.add(c, out, AllergyReader::add);
        NewAllergy.add(c, out, AllergyReader::add);
        out.removeIf(a -> a.substance() != null && (CompanionAllergies.own(c, a) // "No, that's me, love."
                || AllergyTurns.someoneElses(c, a))); // "No, no, that's Jone."
        DisprovedLabels.remove(c, out);
        out.replaceAll(a -> AllergyReactions.toldElsewhere(c, a));
        if (out.stream().anyMatch(a -> !a.none())) {
            out.removeIf(Allergy::none);
        }
        return out;
    }

    /** A question about allergies or reactions ("any allergies?", "you had a reaction to codeine, right?"). */
    static boolean asksAbout(Utterance q) {
        return ASKS_ABOUT.matcher(q.text()).find();
    }

    /** Allergy talk around a drug: "allergic", "hives", "can't take". */
    static final Pattern DRUG_CONTEXT = Pattern.compile("(?i)\\b(?:allergic|allergy|allergies|reaction|"
            + "hives|welts|rash from|broke out|break out|swell(?:ed|ing)? up|makes? me itch|anaphyla\\w*|"
            + "intoleran\\w*|can't take|"
            + "cannot take|can't tolerate|can't have|cannot have)\\b");
    private static final Pattern ORDER_AFTER = Pattern.compile("(?i)\\b(?:i'm going to|i am going to|i'll|we'll|"
            + "we're going to|let's|give you|put you on|prescribe|start you on|switch you to)\\b");

    /**
     * Whether the clause before a drug is about an allergy: "now because of the penicillin allergy i'm going to give
     * you doxycycline", unpunctuated, is an order after the allergy, not the allergy.
     */
    static boolean talkBefore(String clause) {
        int end = Words.lastEnd(DRUG_CONTEXT, clause);
        return end >= 0 && !ORDER_AFTER.matcher(clause.substring(end)).find();
    }

    /** "Allergies" "Penicillin, I got hives": a reply to allergy talk without a question's mark or words. */
    static boolean answersAllergyTalk(Context c, Utterance u) {
        List<Utterance> before = c.dialogue.ofTurn(u.turn() - 1);
        Utterance last = before.isEmpty() ? null : before.get(before.size() - 1);
        return u.historySide() && last != null && last.clinician() && ASKS_ABOUT.matcher(last.text()).find()
                && last.text().split("\\s+").length <= 8 || u.index() > 0 && REACTION_NEXT.matcher(u.text()).lookingAt()
                && CONTEXT.matcher(c.dialogue.ofTurn(u.turn()).get(u.index() - 1).text()).find()
                || AllergyReactions.readBack(c, u);
    }

    /** "No allergies, except erythromycin. Made me vomit something terrible.": the reaction, said next. */
    private static final Pattern REACTION_NEXT = Pattern.compile("(?i)^\\W*(?:it |that |they |which )?(?:made|makes|"
            + "gave|gives|brought|brings) (?:me|him|her|them)\\b");

    /** The reaction told in answer to the question right after an allergy was named. */
    private static void reactionOf(Context c, Utterance q, List<Allergy> out) {
        Allergy last = out.get(out.size() - 1);
        Utterance a = q.question() ? c.dialogue.answerTo(q) : reply(c, q);
        // named in the turn before, or read from the chart just before asking: "I see shellfish here. Tell me…"
        if (last.none() || last.reaction() != null || a == null || !last.support().turns().contains(q.turn() - 1)
                && !last.support().turns().contains(q.turn())) {
            return;
        }
        // "Shrimp, mostly. My throat gets itchy and I get hives.": the reaction may be the reply's next sentence
        List<Utterance> reply = c.dialogue.ofTurn(a.turn());
        String reaction = AllergyReactions.of(a.text());
        if (reaction == null && a.index() + 1 < reply.size()) {
            reaction = AllergyReactions.of(reply.get(a.index() + 1).text());
        }
        if (reaction != null) {
            out.set(out.size() - 1, new Allergy(last.substance(), reaction, false,
                    last.support().and(Support.of(0.85, q.turn(), a.turn()))));
        }
    }

    /** The next turn's first sentence, when someone else says it: what "tell me about the allergy." is answered by. */
    static Utterance reply(Context c, Utterance q) {
        List<Utterance> next = c.dialogue.ofTurn(q.turn() + 1);
        return next.isEmpty() || next.get(0).role() == q.role() ? null : next.get(0);
    }

    private static void answered(Context c, Utterance q, Utterance a, List<Allergy> out) {
        String text = a.text();
        if (NOT_ABOUT_DRUGS.matcher(q.text()).find() && !q.text().matches("(?is).*\\b(?:drugs?|medicines?|"
                + "medications?|antibiotics?)\\b.*")) {
            return; // "any seasonal allergies?" "no": nothing said of drug allergies
        }
        Negation.Answer answer = Negation.answer(text);
        List<String> substances = Allergens.of(c, text);
        if (substances.isEmpty() && AllergyTurns.relatives(text)) {
            return;
        }
        String reply = String.join(" ", c.dialogue.ofTurn(a.turn()).stream().map(Utterance::text).toList());
        // "Not medicines. Plasters bring me out in a rash.": the allergy is in a later sentence of the reply
        if (substances.isEmpty() && !CONTEXT.matcher(text).find() && (laterSentences(c, q, a, out, true)
                || NamedAllergy.add(c, q, a, out, AllergyReader::add))) {
            return;
        }
        // "Sulfa? No, wait, that's my wife. I don't have any." / "Any medicines, any allergies?" "I gave him
        // ibuprofen this morning. No allergies.": the reply ends with none; a drug named is not an allergen
        boolean taken = q.text().matches("(?is).*\\b(?:medicines?|medications?|meds|taking)\\b.*")
                && answer != Negation.Answer.YES && AllergyReactions.of(q.text()) == null
                && Allergens.of(c, q.text()).isEmpty()
                && text.matches("(?is).*\\b(?:gave|give|giving|take|takes|taking|took|on|using|uses)\\b.*")
                && !CONTEXT.matcher(text).find() && AllergyReactions.of(text) == null;
        // "No allergies, except erythromycin.": none but the one named
        boolean none = NONE.matcher(reply).find() && (substances.isEmpty() || !ONLY_THIS.matcher(text).find());
        if (none && !CONTEXT.matcher(text.replaceAll("(?i)\\bno (?:known )?(?:drug )?allergies\\b", "")).find()
                || TAKEN_BACK.matcher(reply).find() || taken) {
            if (!taken || none) {
                add(out, new Allergy(null, null, true, Support.of(0.85, q.turn(), a.turn())));
            }
            return;
        }
        // "any allergies, penicillin?" "no, I had penicillin for a tooth abscess, no problem": taken without harm
        // "Um, no, just latex.": none but the one named
        boolean onlyThis = !substances.isEmpty() && ONLY_THIS.matcher(text).find();
        if (answer == Negation.Answer.NO && !onlyThis && (substances.isEmpty() || AllergyReactions.of(text) == null
                && !CONTEXT.matcher(text).find())) {
            add(out, new Allergy(null, null, true, Support.of(0.85, q.turn(), a.turn())));
            return;
        }
        // "you had hives from a sulfa antibiotic, right?" "yes, from the bactrim": the allergy the question names
        List<String> asked = Allergens.of(c, q.text());
        if (answer == Negation.Answer.YES && !asked.isEmpty() || substances.isEmpty() && answer != Negation.Answer.NO) {
            substances = asked;
        }
        String said = AllergyReactions.of(text);
        String reaction = said != null ? said : AllergyReactions.of(q.text());
        for (String s : substances) {
            add(out, new Allergy(s, reaction != null ? reaction : AllergyReactions.after(c, a, s), false,
                    Support.of(0.85, q.turn(), a.turn())));
        }
        if (!substances.isEmpty()) {
            laterSentences(c, q, a, out, false);
        }
    }

    /**
     * Allergens named in the reply's later sentences, each with the reaction said with it ("Yes, latex. And peanuts, my
     * throat swells up."); with {@code reacting}, only those said with a reaction. Whether any was added.
     */
    private static boolean laterSentences(Context c, Utterance q, Utterance a, List<Allergy> out, boolean reacting) {
        boolean found = false;
        for (Utterance u : c.dialogue.ofTurn(a.turn())) {
            Matcher o = Allergens.OTHER_ALLERGENS.matcher(u.text());
            String reaction = AllergyReactions.of(u.text());
            // "And amoxicillin, I got a rash when I was little.": a drug told with its reaction is an allergen too; a
            // drug named after the reaction is what treated it
            List<Match> drugs = reaction == null ? List.of() : c.vocabulary.find(Term.Kind.DRUG, u.text()).stream()
                    .filter(d -> AllergyReactions.of(u.text().substring(0, d.start())) == null).toList();
            int at = o.find() ? o.start() : drugs.isEmpty() ? -1 : drugs.get(0).start();
            if (u.index() <= a.index() || reacting && reaction == null || at < 0
                    || !Attribution.of(u, at).equals(Attribution.PATIENT)
                    || Attribution.lastRelative(u.text()) != null) {
                continue; // "my mum's allergic to penicillin, she gets hives": hers
            }
            for (String s : Allergens.of(c, u.text())) {
                // "Only plasters. Sticking plasters, the fabric ones.": the same allergen said more exactly
                String same = out.stream().map(Allergy::substance).filter(x -> x != null && (s.contains(x)
                        || x.contains(s))).findFirst().orElse(s);
                if (Allergens.OTHER_ALLERGENS.matcher(s).matches() || !drugs.isEmpty()) {
                    add(out, new Allergy(same, reaction, false, Support.of(0.85, q.turn(), a.turn())));
                    found = true;
                }
            }
        }
        return found;
    }

    private static void add(List<Allergy> out, Allergy a) {
        for (int i = 0; i < out.size(); i++) {
            Allergy x = out.get(i);
            if (x.none() && a.none() || x.substance() != null && x.substance().equals(a.substance())) {
                out.set(i, new Allergy(x.substance(), AllergyReactions.merged(x.reaction(), a.reaction()), x.none(),
                        x.support().and(a.support())));
                return;
            }
        }
        out.add(a);
    }
}
