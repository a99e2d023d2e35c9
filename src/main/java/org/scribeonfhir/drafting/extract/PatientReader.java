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
import org.scribeonfhir.drafting.visit.Historian;
import org.scribeonfhir.drafting.visit.PatientInfo;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.ehr.PatientFacts;

/**
 * Who the patient is (the chart first, then the clinician's opening line "Brian is a 58-year-old male with a
 * past medical history of…") and who gives the history.
 */
final class PatientReader {

    static final Pattern INTRO = Pattern.compile("(?i)\\b([a-z][a-z'.-]*(?: [a-z][a-z'-]*)?)(?: is|'s) an? "
            + "(\\d{1,3})[- ]"
            + "(year|month|week|day)s?[- ]old\\b,?\\s*(female|male|woman|man|lady|gentleman|girl|boy|guy|infant|baby|"
            + "toddler|child|kid|teenager|adolescent|patient)?([^.?!]*)");
    private static final Pattern HISTORY = Pattern.compile("(?i)\\b(?:past medical history|history|pmh)"
            + "(?: significant| notable| remarkable)?(?: for| of)\\s+(.+?)(?:,? who\\b|,? (?:presents|here|is here|"
            + "coming|comes|that)\\b|$)");
    /** "Ms. Oyelowo-Stenhouse", "Mr O'Brien", "Mrs McAllister": the whole family name. */
    private static final Pattern TITLE = Pattern.compile("\\b(?i:(mr|mrs|ms|miss)\\.?) ([A-Za-z][a-z]*(?:[A-Z][a-z]+)?"
            + "(?:['-][A-Za-z][a-z]+)*)");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*\\b(?:this|he|she|patient|it|that|who|which|"
            + "there|so|and|okay|now|the|my|your|our|today|son|daughter|baby|child|kid|husband|wife|guy|man|woman|"
            + "lady|gentleman|boy|girl|one)$");

    private PatientReader() {
    }

    static PatientInfo read(Context c) {
        Utterance intro = null;
        Matcher m = null;
        for (Utterance u : c.utterances()) {
            if (u.clinician()) {
                Matcher x = INTRO.matcher(u.text());
                if (x.find()) {
                    intro = u;
                    m = x;
                    break;
                }
            }
        }
        PatientFacts chart = c.chart == null ? null : c.chart.patient();
        String sex = c.patientSex();
        Pronouns pronouns = "female".equals(sex) ? Pronouns.FEMALE : "male".equals(sex) ? Pronouns.MALE
                : Pronouns.UNKNOWN;
        Integer age = AgeAnswers.fromChart(c);
        String ageText = null;
        if (m != null && age == null) {
            int n = Integer.parseInt(m.group(2));
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            age = unit.equals("year") ? n : unit.equals("month") ? n / 12 : 0;
            ageText = n + "-" + unit + "-old";
        }
        AgeAnswers.Age said = m == null && age == null ? AgeAnswers.of(c) : null;
        if (said != null) { // "How old is Zinhle now?" "Twenty months."
            age = said.years();
            ageText = said.text();
        }
        if (age != null && ageText == null) {
            ageText = age + "-year-old";
        }
        List<String> history = new ArrayList<>();
        if (m != null) {
            Matcher h = HISTORY.matcher(m.group(5));
            if (h.find()) {
                history.addAll(conditions(c, h.group(1)));
            }
        }
        Support support = intro != null ? Support.of(0.9, intro.turn()) : said != null ? Support.of(0.9, said.turn())
                : null;
        if (chart != null && chart.id() != null) {
            Support fromChart = Support.chart("Patient/" + chart.id());
            support = support == null ? fromChart : support.and(fromChart);
        }
        return new PatientInfo(name(chart, m, c, age), age, ageText, sex, pronouns, history, support);
    }

    /** The chart's gender, else the opening line's, else titles and third-person pronouns in the visit. */
    /** The patient's sex: the chart's, else what the visit tells (an introduction, pronouns, a title); or null. */
    static String sex(Context c) {
        for (Utterance u : c.utterances()) {
            Matcher x = u.clinician() ? INTRO.matcher(u.text()) : null;
            if (x != null && x.find()) {
                return sex(c.chart == null ? null : c.chart.patient(), x, c);
            }
        }
        return sex(c.chart == null ? null : c.chart.patient(), null, c);
    }

    private static String sex(PatientFacts chart, Matcher intro, Context c) {
        if (chart != null && chart.gender() != null) {
            String g = chart.gender().toLowerCase(Locale.ROOT);
            if (g.equals("female") || g.equals("male")) {
                return g;
            }
        }
        if (intro != null && intro.group(4) != null) {
            String w = intro.group(4).toLowerCase(Locale.ROOT);
            if (w.matches("female|woman|lady|girl")) {
                return "female";
            }
            if (w.matches("male|man|gentleman|boy|guy")) {
                return "male";
            }
        }
        int she = 0;
        int he = 0;
        // the patient's own "he" is someone else ("I was next to my boyfriend and he was warm"), and so is the
        // clinician's "he" just after it ("So he's got away with it")
        int otherHe = Integer.MIN_VALUE;
        int otherShe = Integer.MIN_VALUE;
        for (Utterance u : c.utterances()) {
            String t = u.text().toLowerCase(Locale.ROOT);
            if (u.role() == Role.PATIENT && (count(t, HE) > 0 || count(t, SHE) > 0)) {
                // a person named in the turn, or the same person still talked about
                boolean named = c.dialogue.ofTurn(u.turn()).stream().anyMatch(x -> Attribution.lastRelative(x.text())
                        != null);
                otherHe = count(t, HE) > 0 && (named || u.turn() - otherHe <= 60) ? u.turn() : otherHe;
                otherShe = count(t, SHE) > 0 && (named || u.turn() - otherShe <= 60) ? u.turn() : otherShe;
            }
            // "your pcp looks like he sent you over": the pronoun of the person the sentence names
            boolean other = Attribution.lastRelative(u.text()) != null || OTHER_PERSON.matcher(t).find();
            // "Her brother Finn's fine. He's nine — he's on methylphenidate": the turn's "he" is the brother
            String turn = u.role() == Role.COMPANION ? c.dialogue.text(u.turn()) : "";
            if ((u.clinician() || u.role() == Role.COMPANION || u.role() == Role.INTERPRETER) && !other) {
                she += u.clinician() && u.turn() - otherShe <= 2 || FEMALE_KIN.matcher(turn).find() ? 0 : count(t, SHE);
                he += u.clinician() && u.turn() - otherHe <= 2 || MALE_KIN.matcher(turn).find() ? 0 : count(t, HE);
            }
            // "Hi, Mrs. Farrow", not "therapy with Ms. Okonkwo?": the title the patient is greeted with
            if (u.clinician() || u.turn() <= 3) {
                she += 3 * count(t, GREETED + "(?:ms|mrs|miss)\\b\\.?");
                he += 3 * count(t, GREETED + "mr\\b\\.?");
            }
        }
        if (she >= 2 && she > 2 * he) {
            return "female";
        }
        if (he >= 2 && he > 2 * she) {
            return "male";
        }
        // undecided by the pronouns: "Mr. Mulcahy-Fenwick, is it?" with the patient answering to it
        String titled = c.dialogue.ofTurn(2).stream().anyMatch(u -> u.role() == Role.PATIENT)
                ? name(null, null, c, null) : null;
        return titled == null ? null : titled.startsWith("Mr.") ? "male" : titled.matches("(?:Mrs|Ms|Miss)\\b.*")
                ? "female" : null;
    }

    private static final Pattern MALE_KIN = Pattern.compile("(?i)\\b(?:her|his|my|our) (?:brother|father|dad|son|uncle|"
            + "grandad|grandpa|husband|boyfriend|nephew|grandson)\\b");
    private static final Pattern FEMALE_KIN = Pattern.compile("(?i)\\b(?:her|his|my|our) (?:sister|mother|mum|mom|"
            + "daughter|aunt|gran|grandma|nan|wife|girlfriend|niece|granddaughter)\\b");
    private static final Pattern OTHER_PERSON = Pattern.compile("\\b(?:pcp|gp|doctor|dr|nurse|surgeon|specialist|"
            + "consultant|cardiologist|dermatologist|physio|therapist|pharmacist|midwife)\\b");
    private static final String SHE = "\\b(?:she|her|she's|herself)\\b";
    private static final String GREETED = "(?:^|\\b(?:hi|hello|hey|morning|afternoon|evening|welcome|thanks|thank you|"
            + "okay|ok|so|right|come in|come on in|nice to meet you|good to see you|sorry|speaking (?:to|with)|"
            + "talking (?:to|with)|is (?:that|this)|are you|dragon)\\s*,?\\s+|[.?!,]\\s+)";
    private static final Pattern GREETED_BEFORE = Pattern.compile("(?i)" + GREETED + "$");
    private static final String HE = "\\b(?:he|him|his|he's|himself)\\b";

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** "Ms. Lee" from the chart (a child by first name); else the greeting's title or the opening line's name. */
    private static String name(PatientFacts chart, Matcher intro, Context c, Integer age) {
        if (chart != null && chart.name() != null && !chart.name().startsWith("(")) {
            String[] parts = chart.name().strip().split("\\s+");
            String gender = chart.gender() == null ? "" : chart.gender().toLowerCase(Locale.ROOT);
            if (age != null && age < 18) {
                return parts[0];
            }
            String family = parts[parts.length - 1];
            return gender.equals("female") ? "Ms. " + family : gender.equals("male") ? "Mr. " + family
                    : chart.name().strip();
        }
        for (Utterance u : c.utterances()) {
            if (u.turn() > 6) {
                break;
            }
            Matcher t = TITLE.matcher(u.text());
            while (u.clinician() && t.find()) {
                if (!GREETED_BEFORE.matcher(u.text().substring(0, t.start())).find() || staff(c, t.group(2))) {
                    continue; // "and the sessions with Mrs. Abernathy?": someone else, not the patient greeted
                }
                String title = t.group(1).toLowerCase(Locale.ROOT);
                String fixed = title.equals("mr") ? "Mr." : title.equals("mrs") ? "Mrs." : title.equals("miss")
                        ? "Miss" : "Ms.";
                return fixed + " " + capitalise(t.group(2));
            }
        }
        if (intro != null) {
            String n = intro.group(1).strip().replaceAll("(?i)^(?:so|okay|and|now|um|alright|well|hi|hey) ", "");
            boolean name = !NOT_A_NAME.matcher(n).matches() && !n.toLowerCase(Locale.ROOT).matches(
                    "(?:.*\\s)?(?:is|was|a|an|um|uh)(?:\\s.*)?");
            if (name) {
                StringBuilder b = new StringBuilder();
                for (String w : n.split(" ")) {
                    b.append(b.length() > 0 ? " " : "").append(capitalise(w));
                }
                return b.toString();
            }
        }
        return null;
    }

    private static final Pattern STAFF = Pattern.compile("(?i)^[^.?!]{0,25}\\b(?:from the (?:interpret|translat|"
            + "language)\\w*|(?:our|the|your) (?:interpreter|translator|nurse|student|resident|midwife))\\b");

    /** "we've got Mr. Zungu-Ashby here from the interpreting service": a titled name that is the visit's staff. */
    private static boolean staff(Context c, String family) {
        return c.utterances().stream().filter(u -> u.turn() <= 6 && u.clinician()).anyMatch(u -> {
            int at = u.text().indexOf(family);
            return at >= 0 && STAFF.matcher(u.text().substring(at + family.length())).find();
        });
    }

    /** The conditions named in a history list, in the note's words. */
    static List<String> conditions(Context c, String list) {
        List<String> out = new ArrayList<>();
        for (Match match : c.vocabulary.find(Term.Kind.CONDITION, list)) {
            String name = match.term().canonical();
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            for (String part : list.split(",| and | as well as ")) {
                String p = part.strip().replaceAll("(?i)^(?:a |an |the |some |prior |previous )", "");
                if (!p.isEmpty() && p.split("\\s+").length <= 4) {
                    out.add(p.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    static Historian historian(Context c) {
        for (Utterance u : c.utterances()) {
            if (u.role() == Role.COMPANION || u.role() == Role.INTERPRETER) {
                // a wife's "I've got the same thing" in the room is her own story, not the history she gives
                long companionTurns = c.utterances().stream().filter(x -> x.role() == u.role()
                        && (x.role() == Role.INTERPRETER || !NarrativeReader.ownStory(x.text()))).count();
                long patientTurns = c.utterances().stream().filter(x -> x.role() == Role.PATIENT).count();
                if (u.role() == Role.INTERPRETER || companionTurns >= Math.max(3, patientTurns / 2)) {
                    String who = u.role() == Role.INTERPRETER ? "interpreter" : Role.relation(u.speaker());
                    if (who.equals("other")) {
                        who = guessRelation(c, u.role());
                    }
                    if (who.equals("other")) {
                        who = "family member";
                    }
                    return new Historian(who, who, Support.of(0.8, u.turn()));
                }
            }
        }
        return Historian.PATIENT;
    }

    /** A companion tagged only as a guest: "mom" / "dad" / "my husband" in the visit tells who they are. */
    private static String guessRelation(Context c, Role role) {
        for (Utterance u : c.utterances()) {
            String t = u.text().toLowerCase(Locale.ROOT);
            if (u.clinician() && t.matches(".*\\b(?:mom|dad|mother|father|parents?)\\b.*")) {
                return "parent";
            }
            if (u.role() == role && t.matches(".*\\bmy (?:son|daughter|baby|child|kid)\\b.*")) {
                return "parent";
            }
            if (u.role() == role && t.matches(".*\\bmy (?:husband|wife|partner)\\b.*")) {
                return "spouse";
            }
        }
        return "other";
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
