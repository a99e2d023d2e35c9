package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "Any drugs, cannabis, anything like that?" "No, nothing.": a screening question of the history answered no is a
 * pertinent negative the note keeps ("Denies recreational drug use."), whatever part of the visit asks it.
 */
final class Screens {

    /**
     * @param kind   "social" (written under the social history) or "screen" (its own sentence)
     * @param saidNo the answer's own words of the no, for a reply that is not a plain no ("no drugs")
     */
    private record Screen(Pattern question, Pattern saidNo, String kind, String negative, String positive) {

        Screen(Pattern question, Pattern saidNo, String kind, String negative) {
            this(question, saidNo, kind, negative, null);
        }
    }

    /** Asked of the family or of someone else, not of the patient. */
    private static final Pattern OTHERS = Pattern.compile("(?i)\\b(?:family|relatives?|mum|mom|dad|mother|father|"
            + "brother|sister|parents?|grand\\w+|anyone|anybody|partner|husband|wife)\\b");

    // the first screen a question asks of wins: IV drugs before drugs in general
    private static final List<Screen> SCREENS = List.of(
            new Screen(Pattern.compile("(?i)\\b(?:guns?|firearms?|weapons?|rifles?|shotguns?|handguns?)\\b"),
                    Pattern.compile("(?i)^\\W*(?:no,? )?(?:no guns|none)\\b"), "social", "No firearms in the home",
                    "Firearms in the home"),
            new Screen(Pattern.compile("(?i)\\b(?:inject(?:ed|ing)?|iv|intravenous) (?:any )?drugs?\\b"),
                    Pattern.compile("(?i)\\bnever injected\\b"), "social", "Denies IV drug use"),
            new Screen(Pattern.compile("(?i)\\b(?:recreational|illicit|street) drugs?\\b|\\b(?:any|other) drugs,"
                    + "|\\bdrugs,? (?:cannabis|weed|marijuana)|\\b(?:cannabis|marijuana|weed|cocaine)\\b"
                    + "|\\b(?:alcohol|drink|smoke) or (?:use )?(?:any )?drugs\\b|\\bdrink or use anything\\b"),
                    Pattern.compile("(?i)\\b(?:no|never) (?:drugs|weed|cannabis)\\b|"
                            + "\\bnever touched (?:them|it|drugs)\\b"),
                    "social", "Denies recreational drug use"),
            new Screen(Pattern.compile("(?i)\\b(?:been|gone|travel(?:l?ed|l?ing)?) (?:anywhere )?(?:abroad|overseas|"
                    + "out of the country)\\b|\\b(?:any|recent) (?:travel|trips? abroad)\\b|"
                    + "\\bhave you (?:travel(?:l?ed)|"
                    + "been travel(?:l?ing))\\b"),
                    Pattern.compile("(?i)^\\W*(?:no,? )?(?:no travel|not (?:been )?(?:abroad|away|since)\\b|haven't "
                            + "(?:been|travel))"), "social", "No recent travel"),
            // "Have you ever had a clot yourself?" "Never.": asked before a suspected DVT
            new Screen(Pattern.compile("(?i)\\b(?:ever had|history of|had any) (?:a )?(?:blood )?clots?\\b|\\bever "
                    + "had a (?:dvt|pulmonary embolism)\\b"), Pattern.compile("(?i)^\\W*(?:no,? )?never\\b"), "screen",
                    "No personal history of venous thromboembolism"),
            new Screen(Pattern.compile("(?i)\\b(?:(?:ever )?had|history of|any|diagnosed with) cancers?\\b"),
                    Pattern.compile("(?i)\\bno cancer\\b|\\bnever had cancer\\b"), "screen", "No history of cancer"),
            new Screen(Pattern.compile("(?i)\\b(?:tried|attempted) to (?:hurt|harm|kill) yourself\\b|"
                    + "\\b(?:tried|attempted)"
                    + " to end your life\\b|\\bsuicide attempts?\\b|\\bself[- ]harm(?:ed)?\\b"),
                    Pattern.compile("(?i)^\\W*(?:no,? )?never\\b"), "screen",
                    "No previous suicide attempts or self-harm"),
            new Screen(Pattern.compile("(?i)\\b(?:ever|any) (?:been )?(?:admitted|hospitali[sz]ed|in hospital|stays in "
                    + "hospital|hospital admissions?)\\b"),
                    Pattern.compile("(?i)^\\W*(?:no,? )?never (?:been )?(?:admitted|in hospital)\\b"), "screen",
                    "No previous hospital admissions"),
            new Screen(Pattern.compile("(?i)\\b(?:sun ?beds?|tanning beds?)\\b"),
                    Pattern.compile("(?i)^\\W*(?:no,? )?never\\b"), "social", "No sunbed use"));

    private Screens() {
    }

    /** The negative this question and its answer make, if the question is a screen of the patient's history. */
    static void read(Utterance q, Utterance a, List<HistoryItem> out) {
        if (a == null || a.clinician() || OTHERS.matcher(q.text()).find()) {
            return;
        }
        for (Screen s : SCREENS) {
            if (s.question().matcher(q.text()).find()) {
                Negation.Answer said = Negation.answer(a.text());
                String line = said == Negation.Answer.NO || s.saidNo().matcher(a.text()).find() ? s.negative()
                        : said == Negation.Answer.YES ? s.positive() : null;
                if (line != null) {
                    HistoryReader.add(out, new HistoryItem(s.kind(), line, "screen", Support.of(0.8, q.turn(),
                            a.turn())));
                }
                return;
            }
        }
    }
}
