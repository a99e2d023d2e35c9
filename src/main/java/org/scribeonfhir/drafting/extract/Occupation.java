package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/** "What do you do for work?" "I drive a delivery lorry. Nights mostly.": the occupation, in the patient's words. */
final class Occupation {

    /** "And what do you do?" at the end of the question, or one of the ways work is asked about. */
    private static final Pattern RUN_ON = Pattern.compile("(?i)(?<=\\w{2})\\s+(?=(?:he|she|i|we|they|it)(?:'s|'d| had|"
            + " was| were| is| has| did| got)\\b)");
    private static final Pattern ASKS = Pattern.compile("(?i)\\bwhat do you do\\W*$|\\b(?:what do you do for (?:work|a "
            + "living|a job)|what (?:kind|sort|type) of (?:work|job)|what(?:'s| is) your (?:job|occupation|line of work)|"
            + "where do you work|are you (?:still )?working|do you work|you're retired|you are retired|are you retired|"
            + "what did you do (?:before you retired|for (?:work|a living)))\\b");
    private static final Pattern FILLER = Pattern.compile("(?i)^(?:(?:yeah|yes|yep|well|um|uh|oh|so|i mean)\\b,?\\s*)+");
    /** "I'm a teacher": the noun alone reads best after "Occupation:". */
    private static final Pattern I_AM = Pattern.compile("(?i)^(?:i'm|i am) ((?:an?|the) .+|retired.*|unemployed.*|"
            + "self-employed.*|a student.*)$");

    private static final Pattern HOURS = Pattern.compile("(?i)\\b(?:shifts?|nights?|days|hours|part[- ]time|full[- ]time|"
            + "on my feet|lifting|desk|sitting|standing|overtime|weekends)\\b");

    private static final Pattern I_VERB = Pattern.compile("(?i)^i ([a-z]+)(?<!am|was|worked|used|do|don't|"
            + "can|can't|will|would|could|did|didn't|'m)\\b");

    private static final String JOBS = "(?:teacher|teaching assistant|teacher's aide|nurse|healthcare assistant|carer|care "
            + "assistant|care worker|pharmacist|pharmacy technician|accountant|engineer|mechanic|driver|student|"
            + "electrician|plumber|cashier|carpenter|joiner|builder|bricklayer|plasterer|roofer|welder|labourer|laborer|"
            + "lawyer|solicitor|farmer|chef|cook|waitress|waiter|bartender|barista|contractor|manager|programmer|"
            + "developer|firefighter|paramedic|police officer|receptionist|secretary|cleaner|janitor|hairdresser|"
            + "childminder|nanny|librarian|postman|postwoman|courier|warehouse worker|factory worker|machinist|"
            + "technician|installer|gardener|landscaper|social worker|midwife|dental hygienist|dental nurse|"
            + "physiotherapist|security guard|soldier|pilot|flight attendant|vet|veterinarian|painter|decorator|"
            + "salesman|saleswoman|sales assistant|shop assistant|stocker|fisherman|miner|dispatcher|"
            + "bus driver|lorry driver|truck driver|delivery driver|cabbie|taxi driver|paralegal|clerk|analyst|"
            + "administrator|consultant|architect|designer|dentist|surgeon|therapist|counsell?or|scientist|researcher|"
            + "professor|lecturer|tutor|coach|baker|butcher|caterer|housekeeper|porter|surveyor|estate agent|realtor|"
            + "banker|broker|journalist|editor|photographer|musician|optician|radiographer|phlebotomist|dietitian|"
            + "civil servant|bookkeeper|auditor|operator|fitter|stylist|barber|beautician|support worker|caretaker|"
            + "lifeguard|instructor|sailor|seaman|dinner lady|lunch lady|dog groomer|groomer|trucker|forklift driver)";
    /** "I teach third grade", "I run the kitchen at Sunnybrook", "I was in the merchant navy": a job as its work. */
    private static final Pattern WORK_DONE = Pattern.compile("(?i)\\bi ((?:teach (?:[a-z0-9-]+ ){0,2}(?:grade|school|"
            + "class|kids|children|reception|maths|math|english|science|chemistry|biology|physics|history|music)\\b"
            + "(?: [a-z]+){0,2}?)|run (?:the|a) (?:kitchen|shop|restaurant|pub|cafe|café|bar|salon|warehouse|farm|"
            + "garage|nursery)(?: (?:at|in|for) [a-z]+(?: [a-z]+){0,2}?)?|deliver [a-z]+ (?:for|at) [a-z]+(?: [a-z]+)?)"
            + "(?=\\W|$)|\\bi (?:was|used to be) in the ((?:merchant |royal )?navy|army|air force|marines|police|"
            + "fire service)\\b");
    /**
     * "I'm a teaching assistant, so…", "I work as a line cook", "thirty-five years as a postman": the job said without
     * being asked.
     */
    private static final Pattern STATED = Pattern.compile("(?i)\\b(?:i'm|i am|i work as|i'm working as|i've been|"
            + "(?:\\d+|[a-z]+) years as)"
            + " ((?:an?|the) (?:[a-z-]+ ){0,2}?" + JOBS + ")\\b(?!\\s+(?:by training|"
            + "once|before|years ago))|\\b(?:i'm|i am) (retired|self-employed|unemployed)\\b");
    /** "I was a bus driver, thirty-one years on the number forty-two": the job the patient had. */
    private static final Pattern WAS = Pattern.compile("(?i)\\b(?:i was|i used to be) ((?:an?) (?:[a-z-]+ ){0,2}?"
            + JOBS + ")\\b(?!\\s+(?:once|for a (?:bit|while|year)))|\\bi (?:drove|used to drive) an? (truck|lorry|bus|"
            + "cab|taxi|van)\\b(?= for (?:\\d+|[a-z]+) years)");

    private Occupation() {
    }

    /** The job a patient's sentence says ("a teaching assistant"), or null. */
    static String stated(String text) {
        Matcher m = STATED.matcher(text);
        boolean stated = m.find();
        Matcher was = WAS.matcher(text);
        if (!stated && was.find()) {
            return "formerly " + former(was);
        }
        if (!stated) {
            Matcher w = WORK_DONE.matcher(text);
            return !w.find() ? null : w.group(1) != null ? job("I " + w.group(1)) : "formerly in the " + w.group(2)
                    .toLowerCase(Locale.ROOT);
        }
        // "I'm the cook at the primary": "a cook", as "I'm a cook"
        return (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT)
                .replaceFirst("^the (?=[aeiou])", "an ").replaceFirst("^the ", "a ");
    }

    /** "I was a roofer" → "a roofer"; "I drove a truck for eleven years" → "a truck driver". */
    private static String former(Matcher was) {
        return was.group(1) != null ? was.group(1).toLowerCase(Locale.ROOT)
                : "a " + was.group(2).toLowerCase(Locale.ROOT) + " driver";
    }

    /** The patient's job said in this sentence, or asked about in the question its turn answers. */
    static boolean told(Context c, Utterance u) {
        Utterance q = c.dialogue.questionFor(u);
        return stated(u.text()) != null || q != null && ASKS.matcher(q.text()).find();
    }

    /**
     * "I'm a pastry chef, at Crumb and Quill" is "a pastry chef"; "i'm a courier i drive a van all day …" (raw
     * speech) "a courier"; "I paint houses" is "paints houses"; a long sentence ends at its first clause.
     */
    private static String job(String said) {
        // "I'm a, I'm a jockey", "I work part-time as, a lorry driver": the speaker starting again, a pause
        String fluent = said.replaceAll("(?i)^(?:(?:i'm|i am)(?: an?)?\\W+)+(?=(?:i'm|i am)\\b)", "")
                .replaceAll("\\s*,\\s*(?=an?\\b)", " ");
        String t = I_AM.matcher(fluent).replaceFirst("$1").replaceFirst("(?i)^the (?=[aeiou])", "an ")
                .replaceFirst("(?i)^the ", "a ")
                .replaceFirst(",?\\s+(?:at|for|with)\\s+(?:the\\s+)?\\p{Lu}.*$", "")
                .replaceFirst("(?i)^(an? [a-z -]+?)\\s+(?:i|i'm|he|she|we|so|and|but|it's)\\b.*$", "$1")
                .replaceFirst("(?i),\\s+(?:i|i've|i'm|we|we've)\\b.*$", "") // "I clean at the centre now, I washed…"
                // "i drive a school bus for cobble ridge elementary 42 stops on my route": a count is small talk
                .replaceFirst("(?i)\\s+\\d+\\s+(?!(?:hours?|days?|nights?|shifts?|years?|weeks?|months?|a week|"
                        + "hour|-hour)\\b)[a-z].*$", "")
                // "retired machinist forty one years": the job is the history; how long it lasted is small talk
                .replaceFirst("(?i)^(retired [a-z ]+?)\\s+(?:for\\s+)?\\d+\\s+years?\\b.*$", "$1");
        Matcher verb = I_VERB.matcher(t);
        if (verb.lookingAt()) {
            String v = verb.group(1).toLowerCase(Locale.ROOT);
            t = (v.equals("have") ? "has" : v.equals("do") ? "does" : v.matches(".*(?:s|sh|ch|x|o)") ? v + "es"
                    : v + "s") + t.substring(verb.end());
        }
        String[] words = t.split("\\s+");
        if (words.length > 14) {
            t = t.replaceFirst("(?i)(?:,|\\s+(?:so|and|but|because)\\s).*$", "");
        }
        return PlanWording.lowerFirst(t); // "HVAC tech" keeps its capitals
    }

    /** The answer's first sentence (and a second about the hours) as the occupation; null for another question. */
    static HistoryItem asked(Context c, Utterance q) {
        if (!ASKS.matcher(q.text()).find()) {
            return null;
        }
        Utterance a = c.dialogue.answerTo(q);
        if (a == null || a.role() != Role.PATIENT && a.role() != Role.INTERPRETER
                || Negation.answer(a.text()) == Negation.Answer.NO && !a.text().matches("(?is).*\\bretired\\b.*")) {
            return null;
        }
        boolean where = q.text().matches("(?is).*\\bwhere do you work\\b.*");
        List<String> said = new ArrayList<>();
        for (Utterance x : c.dialogue.ofTurn(a.turn())) {
            String t = FILLER.matcher(Phrasing.tidy(x.text())).replaceFirst("").replaceAll("[.!]+$", "").strip();
            // "…he runs the front desk he had 312 people through on saturday": unpunctuated, the job ends there
            t = t.contains(",") ? t : RUN_ON.split(t, 2)[0];
            if (x.question() || t.matches("(?i)^(?:i'm|i am|i)\\W*$")
                    || t.split("\\s+").length < 2 && !t.matches("(?i)retired|unemployed|student")
                    || said.size() == 2 || !said.isEmpty() && !HOURS.matcher(t).find()) {
                break; // the next sentence only when it says more of the work, not of its small talk
            }
            said.add(said.isEmpty() && where ? "works at " + t : job(t));
        }
        // "What did you do before you retired?" "Postman, thirty-two years."; "… Before that I was a roofer"
        if (!said.isEmpty() && q.text().matches("(?is).*\\bbefore you retired\\b.*")) {
            said.set(0, "retired, formerly " + said.get(0));
        }
        for (Utterance x : c.dialogue.ofTurn(a.turn())) {
            Matcher was = WAS.matcher(x.text());
            if (!said.isEmpty() && was.find() && said.stream().noneMatch(j -> j.contains("formerly"))) {
                said.add("formerly " + former(was));
            }
        }
        if (said.isEmpty()) {
            return null;
        }
        return new HistoryItem("social", "Occupation: " + String.join("; ", said), "answer",
                Support.of(0.7, q.turn(), a.turn()));
    }
}
