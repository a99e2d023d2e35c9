package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * Drugs the clinician offers as alternatives: "we've got a choice of two antibiotics, trimethoprim or
 * nitrofurantoin", "I'll give you either trimethoprim or nitrofurantoin". Neither is an order on its own, so the
 * note states the options once instead of starting the first.
 */
final class DrugChoices {

    private static final Pattern CHOICE = Pattern.compile("(?i)\\b(?:either|choice of|options?|one of (?:two|these|"
            + "those|the)|whichever)\\b");
    private static final Pattern OR = Pattern.compile("(?i)^[\\s,]*or(?: else)?[\\s,]*(?:(?:the|some|a|an)\\s+)?$");
    private static final Pattern COURSE = Pattern.compile("(?i)\\b(\\d+)[- ]day course\\b");

    private DrugChoices() {
    }

    /** The drugs a clinician's plan sentence offers as a choice, in the order said; empty when it offers none. */
    static List<Match> offered(Context c, Utterance u, List<Match> drugs) {
        List<Match> out = new ArrayList<>();
        if (!offers(c, u)) {
            return out;
        }
        for (int i = 0; i + 1 < drugs.size(); i++) {
            if (OR.matcher(u.text().substring(drugs.get(i).end(), drugs.get(i + 1).start())).matches()) {
                if (!out.contains(drugs.get(i))) {
                    out.add(drugs.get(i));
                }
                out.add(drugs.get(i + 1));
            }
        }
        return out;
    }

    /** A clinician's plan sentence that speaks of a choice; checked before the sentence's drugs are looked up. */
    private static boolean offers(Context c, Utterance u) {
        return u.clinician() && !u.question() && c.part(u) == Part.PLAN && CHOICE.matcher(u.text()).find();
    }

    /** The drugs said that are not options of a choice: those a sentence names for themselves. */
    static List<Match> notOffered(Context c, Utterance u, List<Match> drugs) {
        List<Match> offered = offered(c, u, drugs);
        return drugs.stream().filter(d -> !offered.contains(d)).toList();
    }

    /** The options as a plan line ("Prescribe either trimethoprim or nitrofurantoin (3-day course)."), or null. */
    static String line(Context c, Utterance u) {
        List<Match> offered = offers(c, u) ? offered(c, u, DrugNames.in(c, u)) : List.of();
        if (offered.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        // a name only the entity head knows has no lexicon term: it is written as said
        offered.forEach(m -> names.add(m.term() != null ? m.term().canonical() : m.surface()));
        Matcher course = COURSE.matcher(u.text());
        return "Prescribe either " + String.join(" or ", names)
                + (course.find() ? " (" + course.group(1) + "-day course)" : "") + ".";
    }
}
