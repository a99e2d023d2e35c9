package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/** What the patient said apart from a complaint (a duration, a side, a site), kept for the complaint said later. */
final class SymptomMemory {

    /** "on the right", not "it shoots right down", "right here", "right away". */
    private static final Pattern SIDE = Pattern.compile("(?i)\\b(left|right(?! (?:down|up|in|on|at|there|here|now|"
            + "away|after|before|through|across|along|into|over|under|behind|around|about)\\b)|both)\\b"
            + "(?![- ]?handed\\b)"); // "I'm right-handed": the dominant hand, not the side of the complaint
    private static final Pattern SIDE_OF = Pattern.compile("(?i)\\b(left|right) (?:(?:big|great|little|index|middle|"
            + "ring|pinky|upper|lower|inner|outer) )?([a-z]+)\\b");
    private static final Pattern NOT_THAT_SIDE = Pattern.compile("(?i)\\bnot (?:the|my|his|her) (left|right) "
            + "([a-z]+)\\b[^.?!]{0,20}?\\b(?:it's|it is|it was|but) (?:the |my |his |her )?(left|right)\\b");

    static final Pattern PAST_SIDE = Pattern.compile("(?i)\\bwhen (?:i|he|she) was (?:a )?(?:\\d+|kid|child|"
            + "teenager|little|young|baby)\\b|\\b(?:years|months) ago\\b|\\bnot this one\\b");

    private final Context c;
    /** "It started about two months ago." said before the complaint in the same reply. */
    private int pendingTurn = -1;
    private String pendingDuration;
    private String pendingOnset;
    /** "You're here for the shoulder?" "The right one.": the side of a site, for its complaint said later. */
    private String sideSite;
    private String side;
    private int sideTurn = -100;

    /** The body site the patient spoke of last ("my knee"), for "it hurts" a turn or two later. */
    String lastSite;
    String lastSiteSaid;
    int lastSiteTurn = -100;

    private static final Pattern WHEN_STARTED = Pattern.compile("(?i)\\bwhen did (?:it|this|that|the \\w+|they) "
            + "(?:start|begin|come on)\\b");
    private static final Pattern DAY_SAID = Pattern.compile("(?i)^\\W*(?:on |last |since )?((?:monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?)\\W*$");

    private static final Pattern EPISODES = Pattern.compile("(?i)^\\W*(?:one|another)\\b[^.;]*\\b(?:and|then) "
            + "(?:one|another)\\b");

    SymptomMemory(Context c) {
        this.c = c;
    }

    void remember(Utterance u, String text, Utterance asked, SymptomBuilder last) {
        String d = Attributes.duration(text);
        // "One two weeks ago, and one last Thursday.": the later episodes, not when it began
        String o = EPISODES.matcher(text).find() ? null : Attributes.onset(text);
        Matcher day = DAY_SAID.matcher(text);
        if (o == null && d == null && asked != null && WHEN_STARTED.matcher(asked.text()).find() && day.matches()) {
            // "When did it start?" "Saturday morning."
            o = Onsets.onDay(day.group(1));
        }
        if ((d != null || o != null) && (last == null || !last.support.turns().contains(u.turn()))) {
            pendingTurn = u.turn();
            pendingDuration = d;
            pendingOnset = o;
        }
        Matcher lr = SIDE.matcher(text);
        // "Not this one. I broke my left wrist when I was twelve": a side of the past, not of the complaint
        if (text.length() < 80 && lr.find() && !PAST_SIDE.matcher(text).find()
                && !Attributes.bothAsked(text, lr.start(1))) {
            List<Match> here = c.vocabulary.find(Term.Kind.SITE, text);
            List<Match> there = asked == null ? List.of() : c.vocabulary.find(Term.Kind.SITE, asked.text());
            Match site = !here.isEmpty() ? here.get(0) : there.size() == 1 ? there.get(0) : null;
            if (site != null) {
                sideSite = site.term().canonical();
                Matcher fixed = Attributes.SIDE_FIXED.matcher(text.substring(lr.end()));
                String said = fixed.find() ? fixed.group(1) : lr.group(1); // "the left wrist, no, sorry, the right"
                side = said.toLowerCase(Locale.ROOT).equals("both") ? "bilateral" : said.toLowerCase(Locale.ROOT);
                sideTurn = u.turn();
                // "Throbs like crazy. The big toe on the right.": the side said just after the complaint
                if (last != null && last.laterality == null && sideSite.equals(last.site)
                        && last.support.turns().contains(u.turn())) {
                    last.laterality = side;
                }
            }
        }
    }

    /** "Now the knee. Which knee is bothering him?": the site the next complaint without one refers to. */
    void clinicianNamedSite(Utterance u) {
        List<Match> sites = c.vocabulary.find(Term.Kind.SITE, u.text());
        if (sites.size() == 1 && c.vocabulary.find(Term.Kind.SYMPTOM, u.text()).isEmpty()
                && u.text().toLowerCase(Locale.ROOT).matches("(?s)^(?:(?:now|so|okay|ok|and|next),? )*(?:(?:the|"
                + "your|his|her) \\S+(?: \\S+)?\\W*|which \\S+.*|how(?:'s| is| are) (?:the|your|his|her) .*|let's "
                + "(?:talk about|look at) (?:the|your|his|her) .*)$")
                && Attribution.of(u, sites.get(0).start()).equals(Attribution.PATIENT)) {
            siteSaid(sites.get(0), u.turn());
        }
    }

    /** The site said last, for a complaint said without one. */
    void siteSaid(Match site, int turn) {
        lastSite = site.term().canonical();
        lastSiteSaid = site.surface().toLowerCase(Locale.ROOT);
        lastSiteTurn = turn;
    }

    /** "I landed on my right hand" … "on the thumb side of the wrist": the same hand, wrist and fingers. */
    private static boolean sameLimb(String site, String sided) {
        if (sided == null || site.equals(sided)) {
            return sided != null;
        }
        String hand = "hands?|wrists?|thumbs?|fingers?";
        String foot = "feet|foot|ankles?|toes?|heels?";
        return site.matches(hand) && sided.matches(hand) || site.matches(foot) && sided.matches(foot);
    }

    /** A duration said before the complaint in the same reply, and the side of its site said earlier. */
    void fill(SymptomBuilder b, Utterance u, double confidence) {
        if (pendingTurn == u.turn()) {
            b.attribute(pendingDuration, pendingOnset, null, Support.of(confidence, u.turn()));
        }
        if (b.laterality == null && b.site != null && sameLimb(b.site, sideSite) && u.turn() - sideTurn <= 10) {
            b.laterality = side;
            b.support = b.support.and(Support.of(confidence, sideTurn)).withConfidence(b.support.confidence());
        }
    }

    /**
     * "So I see you hurt your right ankle" … "it's swollen and it hurts": a complaint said without its side takes
     * the one side the visit gives its site, never when both sides are said of it anywhere (the exam included).
     */
    static void sidesSaid(Context c, Collection<SymptomBuilder> found) {
        record Said(String side, String site, int turn) {
        }
        List<Said> said = new ArrayList<>();
        for (Utterance u : c.utterances()) {
            Matcher m = SIDE_OF.matcher(u.text());
            while (m.find()) {
                if (m.group(2).length() > 2 && Attribution.of(u, m.start()).equals(Attribution.PATIENT)) {
                    said.add(new Said(m.group(1).toLowerCase(Locale.ROOT), m.group(2), u.turn()));
                }
            }
        }
        for (SymptomBuilder b : found) {
            if (b.laterality != null || b.presence != Presence.PRESENT) {
                continue;
            }
            List<Said> ofSite = said.stream().filter(x -> names(b, x.site())).toList();
            if (ofSite.stream().map(Said::side).distinct().count() == 1) {
                b.laterality = ofSite.get(0).side();
                b.support = b.support.and(Support.of(b.support.confidence(), ofSite.get(0).turn()))
                        .withConfidence(b.support.confidence());
            }
        }
    }

    /** "Some right knee pain?" "It's not the right knee, it's the left knee.": the side the patient puts it on. */
    static void sidesCorrected(Context c, Collection<SymptomBuilder> found) {
        for (Utterance u : c.utterances()) {
            Matcher m = u.historySide() ? NOT_THAT_SIDE.matcher(u.text()) : null;
            while (m != null && m.find()) {
                String side = m.group(3).toLowerCase(Locale.ROOT);
                for (SymptomBuilder b : found) {
                    if (!side.equals(m.group(1).toLowerCase(Locale.ROOT)) && (names(b, m.group(2))
                            || b.site != null && b.site.toLowerCase(Locale.ROOT).contains(m.group(2).toLowerCase(
                            Locale.ROOT)))) {
                        b.laterality = side;
                        b.support = b.support.and(Support.of(b.support.confidence(), u.turn()))
                                .withConfidence(b.support.confidence());
                    }
                }
            }
        }
    }

    /** The symptom's name has the site's word in it ("ankle" in "ankle pain"). */
    private static boolean names(SymptomBuilder b, String site) {
        return (" " + b.name.toLowerCase(Locale.ROOT) + " ").contains(" " + site.toLowerCase(Locale.ROOT) + " ");
    }
}
