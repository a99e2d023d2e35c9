package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Reason;

/** The reason for a visit about an injury: "What happened to your arm?" "I cut my left forearm…". */
final class InjuryReason {

    private static final Pattern INJURED = Pattern.compile("(?i)\\b(?:twist(?:ed)?|fell|fall|planted|pop(?:ped)?|"
            + "landed|rolled|sprained|tripped|slipped|collided|got hit|was hit|injured|hurt it|banged|jammed|cut|"
            + "sliced|stabbed)\\b");
    private static final Pattern CUT = Pattern.compile("(?i)\\b(?:cut|sliced|slice|knife|blade|glass|laceration|"
            + "stabbed|went into my)\\b");

    /** "Did you hurt the toe at all, stub it?": asked whether it was injured, not whether it is painful. */
    private static final Pattern HURT_ASKED = Pattern.compile("(?i)\\b(?:did|have|has) (?:you|i|he|she) (?:\\w+ )?$");

    /** An injury told in this turn or the few before it ("my right ankle just rolled under me"). */
    static boolean near(Context c, Utterance u) {
        return c.utterances().stream().anyMatch(x -> x.turn() <= u.turn() && u.turn() - x.turn() <= 6
                && !x.clinician() && INJURED.matcher(x.text()).find());
    }

    /** A pain the question names only as "did you hurt your toe": asked of an injury, so a no denies no pain. */
    static boolean asked(String question, Match m) {
        return m.surface().toLowerCase(Locale.ROOT).matches("hurt(?:\\s.*)?")
                && HURT_ASKED.matcher(question.substring(0, m.start())).find();
    }

    /** "What happened to the knee?" "I planted my foot and twisted, felt a pop.": an injury of that site. */
    static Reason of(Context c, Utterance q, Utterance a) {
        String told = c.dialogue.ofTurn(a.turn()).stream().map(Utterance::text).reduce("", (x, y) -> x + " " + y);
        if (!q.text().toLowerCase(Locale.ROOT).contains("what happened") || !INJURED.matcher(told).find()) {
            return null;
        }
        List<Match> sites = c.vocabulary.find(Term.Kind.SITE, q.text());
        // "What happened to your arm?" "I cut my left forearm": the answer's narrower site
        List<Match> asked = sites;
        List<Match> narrower = c.vocabulary.find(Term.Kind.SITE, told).stream().filter(t -> asked.stream().anyMatch(
                x -> t.surface().toLowerCase(Locale.ROOT).endsWith(x.surface().toLowerCase(Locale.ROOT))
                && t.surface().length() > x.surface().length())).toList();
        sites = narrower.isEmpty() ? sites : narrower;
        String context = told;
        for (int t = q.turn() - 1; sites.isEmpty() && t >= Math.max(1, q.turn() - 2); t--) {
            // "Your left knee…" "Right knee." "Tell me what happened.": the site just agreed on, with its side
            String said = String.join(" ", c.dialogue.ofTurn(t).stream().map(Utterance::text).toList());
            sites = c.vocabulary.find(Term.Kind.SITE, said).stream().filter(s -> said.toLowerCase(Locale.ROOT)
                    .matches("(?s).*\\b(?:left|right) " + Pattern.quote(s.surface().toLowerCase(Locale.ROOT)) + "\\b.*"))
                    .toList();
            context = sites.isEmpty() ? told : said;
        }
        if (sites.isEmpty()) {
            // "I planted my foot and twisted, felt a pop in the knee": the joint that was hurt, not the foot; "the
            // knife slipped on the skin and went into my finger": the finger, not the pumpkin's skin
            sites = c.vocabulary.find(Term.Kind.SITE, told).stream()
                    .filter(s -> !s.term().canonical().equalsIgnoreCase("skin")).toList();
            sites = sites.stream().filter(s -> s.term().canonical().matches("knee|ankle|wrist|shoulder|hip|elbow"))
                    .findFirst().map(List::of).orElse(sites);
        }
        if (sites.isEmpty()) {
            return null;
        }
        String site = sites.get(0).term().canonical();
        if (site.matches(".*[^s]s") && !sites.get(0).surface().toLowerCase(Locale.ROOT).endsWith("s")) {
            site = site.substring(0, site.length() - 1); // "my finger": one finger, not the lexicon's "fingers"
        }
        // a side only when said with this site ("my right knee"), never borrowed from another ("my right foot")
        Matcher side = Pattern.compile("(?i)\\b(left|right) (?:\\w+ )?" + Pattern.quote(sites.get(0).surface()) + "\\b")
                .matcher(context);
        String kind = CUT.matcher(told).find() ? " laceration" : " injury";
        String said = side.find() ? side.group(1).toLowerCase(Locale.ROOT) : null;
        // "It was the left wrist... no, sorry, the right.": the side the speaker corrected to
        Matcher fixed = said == null ? null : Attributes.SIDE_FIXED.matcher(context.substring(side.end()));
        said = fixed != null && fixed.find() ? fixed.group(1).toLowerCase(Locale.ROOT) : said;
        return new Reason(ReasonReader.capital((said != null ? said + " " : "") + site + kind), null);
    }

    private InjuryReason() {
    }
}
