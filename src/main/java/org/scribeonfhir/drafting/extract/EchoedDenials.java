package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "Any blood in your urine, or is it cloudy or smelly?" "It's a bit cloudy… I haven't seen any blood.": the reply
 * denies a symptom asked about by its key word alone, anywhere in the turn, without a plain "no" first.
 */
final class EchoedDenials {

    /** Words that name where or how, not the symptom itself ("blood in my urine" is asked by its blood). */
    private static final Set<String> GENERIC = Set.of("urine", "pee", "wee", "stool", "stools", "poo", "pain",
            "feeling", "sensation", "trouble", "problems", "when", "with", "have", "been", "your", "my", "any", "some",
            "more", "lot", "the", "from", "after", "before", "down", "there", "back", "side", "really", "very");
    private static final Pattern WORD = Pattern.compile("[a-z']{4,}");

    private EchoedDenials() {
    }

    /** Denies what the reply to {@code q} denies by key word alone. */
    static void deny(Context c, SymptomReader r, Utterance q, Utterance a, double confidence) {
        String asked = Phrasing.asPatient(q.text());
        List<Utterance> reply = c.dialogue.ofTurn(a.turn());
        List<Match> named = reply.stream().flatMap(u -> r.symptoms(u.text()).stream()).toList();
        for (Match m : of(r.symptoms(asked), reply, named)) {
            r.context = null;
            SymptomBuilder b = r.builder(m, q, asked);
            if (b != null) {
                b.mention(Presence.DENIED, Support.of(confidence, q.turn(), a.turn()));
            }
        }
    }

    /** The asked symptoms the reply's sentences deny by their key word; none already named in the reply. */
    static List<Match> of(List<Match> asked, List<Utterance> reply, List<Match> named) {
        List<Match> out = new ArrayList<>();
        for (Match m : asked) {
            if (named.stream().anyMatch(x -> x.term() == m.term())) {
                continue;
            }
            String key = key(m.surface());
            if (key == null) {
                continue;
            }
            Pattern said = Pattern.compile("(?i)\\b" + Pattern.quote(key) + "\\b");
            for (Utterance u : reply) {
                Matcher k = said.matcher(u.text());
                if (k.find() && Negation.of(u.text(), k.start(), k.end()) == Presence.DENIED) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    private static String key(String surface) {
        Matcher w = WORD.matcher(surface.toLowerCase(Locale.ROOT));
        while (w.find()) {
            if (!GENERIC.contains(w.group())) {
                return w.group();
            }
        }
        return null;
    }
}
