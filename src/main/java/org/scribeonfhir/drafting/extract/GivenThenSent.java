package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;

/** A drug given in the clinic and then sent home: two medications, the dose given and the regimen. */
final class GivenThenSent {

    private GivenThenSent() {
    }

    /** A single dose the clinician orders in the room just before it is given: the order of the dose given. */
    private static boolean ordersThis(Mention m, Mention given) {
        int gap = given.where().turn() - m.where().turn();
        return m != given && m.plan() && m.action().matches("start|continue-implied") && m.frequency() == null
                && m.duration() == null && m.where().clinician() && gap >= 0 && (gap <= 3 || gap <= 12
                && NOW.matcher(m.where().text()).find() && java.util.Objects.equals(m.dose(), given.dose()));
    }

    /** "I'd like to give her an anti-vomiting medicine now, ondansetron, 2 mg by mouth": a dose for the room. */
    private static final java.util.regex.Pattern NOW = java.util.regex.Pattern.compile("(?i)\\b(?:give|have)\\b"
            + "[^.;?]{0,60}\\b(?:now|here|before (?:you|she|he|they) go(?:es)?|in the room|straight away)\\b");

    /** "A dose of ondansetron here … for home, ondansetron every 8 hours": the dose given, then the drug sent home. */
    static List<List<Mention>> split(List<Mention> mentions) {
        int given = -1;
        for (int i = 0; i < mentions.size(); i++) {
            given = mentions.get(i).action().equals("given") ? i : given;
        }
        for (int i = given + 1; given >= 0 && i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            // a later sentence, of the same turn or a later one
            if (m.plan() && m.where() != mentions.get(given).where()
                    && m.where().turn() >= mentions.get(given).where().turn()
                    && (m.action().equals("start") || m.frequency() != null || m.dose() != null
                    && mentions.get(given).dose() != null && !m.dose().equals(mentions.get(given).dose()))) {
                // "…adrenaline 0.5 mg IM" given, then "two adrenaline autoinjectors, 300 micrograms each" to carry
                // the history of the drug goes with what is sent home: "the albuterol he uses" is continued
                List<Mention> rest = new ArrayList<>(mentions.subList(0, i).stream().filter(x -> !x.plan()).toList());
                rest.addAll(mentions.subList(i, mentions.size()));
                return List.of(mentions.subList(0, i).stream().filter(Mention::plan).toList(), rest);
            }
        }
        // "hydroxocobalamin 1 mg three times a week… the nurse will give the first one today", then the nurse gives it
        Mention last = given >= 0 ? mentions.get(given) : null;
        boolean regimenBefore = last != null && mentions.subList(0, given).stream().anyMatch(m -> m.plan()
                && m.where().turn() < last.where().turn() && (m.action().equals("start") && !ordersThis(m, last)
                || m.frequency() != null));
        if (regimenBefore) {
            List<Mention> rest = new ArrayList<>(mentions);
            rest.remove(given);
            return List.of(List.of(last), rest);
        }
        if (last != null) { // "let's do 75 micrograms IV" … (the nurse) "75 micrograms fentanyl IV, going in now"
            mentions = mentions.stream().filter(m -> m == last || !ordersThis(m, last)).toList();
            given = mentions.indexOf(last);
        }
        // "Panadol, 2 tablets 3 times a day" at home, then "We gave you a gram of paracetamol in triage": the home use
        // and the dose given here are two lines, the home sig no part of the dose given
        boolean takenBefore = last != null && mentions.subList(0, given).stream().anyMatch(m -> !m.plan()
                && !m.where().clinician() && m.action().startsWith("taking"));
        if (takenBefore && mentions.stream().filter(m -> m.action().equals("given")).count() == 1) {
            List<Mention> rest = new ArrayList<>(mentions);
            rest.remove(given);
            return List.of(rest, List.of(last));
        }
        return List.of(mentions);
    }
}
