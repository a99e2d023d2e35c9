package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/**
 * The clinician's questions about symptoms and what the answers establish: "any chest pain?" "no"; one "no"
 * to several questions; "sort of a tightness, not really pain"; a domain answered poorly ("Energy?" "Low.").
 */
final class SymptomQuestions {

    // "been confused when you stopped [drinking]": the patient stopped, not the symptom
    private static final Pattern GONE_QUESTION = Pattern.compile("(?i)\\b(?:go away|gone away|went away|gone|"
            + "resolve[ds]?|clear(?:ed)? up|settle[ds]? down|get better|got better|improve[ds]?|(?:it|that|they|this|"
            + "those|the \\w+)(?:'s| has| have| had| did)? stop(?:ped|s)?)\\b");
    static final double ANSWERED = 0.8;
    // "any difference if you lie down, stand up, bend over, cough or sneeze?": what might change the headache
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:worse|better|brought on|set off|triggered|"
            + "difference|different)\\s+(?:when|if|with|on|by)\\s+(?:you\\s+|i\\s+)?(?:[a-z]+(?:\\s+[a-z]+)?(?:,\\s*|"
            + "\\s+(?:or|and)\\s+)){0,6}$");
    private static final Pattern INTERRUPTED = Pattern.compile("(?i)\\b(?:hey|oh wait|hang on|hold on)\\b");
    private static final Pattern TRIGGER_AFTER = Pattern.compile("(?i)(?:\\s*(?:,|or|and)\\s+[a-z]+)*\\s+makes? "
            + "(?:it|them|the \\w+(?: pain)?|things) (?:worse|better|shoot|hurt|flare)\\b");
    /** A question starting again inside one breath, as asked or as read in the first person. */
    private static final Pattern NEXT_QUESTION = Pattern.compile("(?i)\\b(?:are you|do you|have you|did you|were you|"
            + "am i|are i|do i|have i|did i|was i|were i|is there)\\b");
    private static final Pattern CHOICE = Pattern.compile("(?i)\\bor both\\W*$");

    private final Context c;
    private final SymptomReader r;

    SymptomQuestions(Context c, SymptomReader r) {
        this.c = c;
        this.r = r;
    }

    /** "And the rash you had on your shin?" "Oh, that went away last week.": what the clinician named has gone. */
    void goneReply(Utterance u) {
        if (u.index() != 0 || !GONE_REPLY.matcher(u.text()).lookingAt()) {
            return;
        }
        for (Utterance said : c.dialogue.ofTurn(u.turn() - 1)) {
            for (Match m : said.clinician() ? r.symptoms(said.text()) : List.<Match>of()) {
                SymptomBuilder b = r.found.get(m.term().canonical().toLowerCase(Locale.ROOT));
                if (b != null && b.presence == Presence.PRESENT) {
                    b.resolve(u.turn());
                }
            }
        }
    }

    private static final Pattern GONE_REPLY = Pattern.compile("(?i)\\W*(?:(?:oh|well|yeah|yes|no|um|uh|actually)\\W+)*"
            + "(?:that|it|they|those)(?:'s|\\s+is|\\s+has|\\s+have|\\s+are)?\\s+(?:all\\s+|completely\\s+|totally\\s+)?"
            + "(?:went away|gone(?: away)?|resolved|cleared(?: up)?|faded|disappeared|got better)\\b");

    /** "Any chest pain or shortness of breath?" answered yes or no. */
    void asked(Utterance q) {
        Utterance a = c.dialogue.answerTo(q);
        if (a == null || AskedAgain.elsewhere(q)) {
            return; // "Is the rash anywhere else?" "No.": where it is not, not that there is none
        }
        boolean byDomain = false;
        List<DomainAnswers.Finding> domains = DomainAnswers.of(q.text(), a.text());
        // the urine described answers beside whatever else was asked ("any blood, or is it cloudy?")
        for (DomainAnswers.Finding domain : java.util.stream.Stream.concat(domains.stream(),
                UrineAnswers.of(q.text(), c.dialogue.text(a.turn())).stream()).toList()) {
            Term domainTerm = c.vocabulary.lookup(Term.Kind.SYMPTOM, domain.symptom());
            if (domainTerm != null) {
                r.context = null;
                SymptomBuilder b = r.builder(new Match(domainTerm, 0, 0, domain.symptom()), q, q.text());
                b.mention(domain.presence(), Support.of(ANSWERED, q.turn(), a.turn()));
                byDomain |= domains.contains(domain);
            }
        }
        String whose = Attribution.of(q, q.text().length());
        String asked = BloodInIt.named(c, r.last, Phrasing.asPatient(AskedAgain.question(c, q)), q);
        List<Match> askedAbout = askedIn(asked);
        if (byDomain || whose.equals(Attribution.PATIENT)
                && ItemAnswers.read(c, r, q, a, asked, askedAbout, ANSWERED)) {
            return; // "Any craving to chew ice, or restless legs?" "Ice! … Legs, no.": each item its own answer
        }
        Negation.Answer answer = Negation.answer(a.text(), c.dialogue.replyText(a.turn()));
        if (answer != Negation.Answer.NO && AskedAgain.relativesStory(a)
                || answer == Negation.Answer.NO && CHOICE.matcher(q.text()).find()) {
            // "any weakness or numbness?" "my mum gets migraines…": her story; "is it the palm side or the back, or
            // both?" "No. It's this side.": which one, not whether
            return;
        }
        // "How bad is the pain, zero to ten?" "Five.": a rating affirms the symptom the question names
        boolean rated = SymptomAnswers.ASKS_SEVERITY.matcher(q.text()).find() && Attributes.rating(a.text()) != null;
        if (answer == Negation.Answer.OTHER && !SymptomAnswers.describes(a.text()) && !rated) {
            EchoedDenials.deny(c, r, q, a, ANSWERED);
            return;
        }
        if (SymptomReader.ALLERGY.matcher(q.text()).find() || describesReaction(q)) {
            return; // "you had hives from a sulfa antibiotic, right?": the allergy, told in the Allergies line
        }
        if (!whose.equals(Attribution.PATIENT) || SymptomReader.HYPOTHETICAL.matcher(q.text()).find()
                && !q.text().toLowerCase(Locale.ROOT).matches(".*\\b(?:any|have you|do you)\\b.*")) {
            return;
        }
        List<Match> inAnswer = r.symptoms(a.text());
        int lastAsked = askedAbout.stream().mapToInt(Match::end).max().orElse(asked.length());
        if (answer != Negation.Answer.NO && INTERRUPTED.matcher(asked.substring(Math.min(lastAsked, asked.length())))
                .find()) {
            return; // "any coughing up blood or um hey is that your kid's game on your phone" "oh yeah…": not answered
        }
        if (answer == Negation.Answer.NO) {
            askedAbout = answeredLast(asked, a.text(), askedAbout);
        }
        if (answer != Negation.Answer.NO) {
            if (laterQuestionInTurn(q)) {
                return; // the yes answers the turn's last question
            }
            askedAbout = lastQuestion(asked, askedAbout);
        }
        if (answer == Negation.Answer.OTHER && ChoiceAnswers.read(c, r, q, a, asked, askedAbout)) {
            return;
        }
        if (answer == Negation.Answer.OTHER && (askedAbout.size() != 1 || AskedAgain.toldOther(askedAbout.get(0),
                a.text(), inAnswer) || AskedAgain.askedNext(c, a, askedAbout.get(0))) || answer == Negation.Answer.YES
                && AskedAgain.yesToOthers(askedAbout, a.text(), inAnswer)) {
            return;
        }
        // "Did the swelling go away after he stopped?" "Yes.": a yes is gone, a no is still there; "so that cleared
        // up, any numbness in your feet?" asks of the numbness, not whether it went away
        int firstAsked = askedAbout.stream().mapToInt(Match::start).min().orElse(0);
        // positions are in the question as read (the list asked again adds the first question before it)
        boolean resolvedAsked = GONE_QUESTION.matcher(asked).find(Math.min(firstAsked, asked.length()));
        if (resolvedAsked && answer != Negation.Answer.NO) {
            return;
        }
        boolean noForOne = OneDenied.leads(a, inAnswer);
        List<Match> told = answer == Negation.Answer.NO ? OneDenied.toldOtherwise(c, a, askedAbout) : List.of();
        // "Any nausea, vomiting or diarrhea?" "Yeah, some nausea.": the yes is for what the answer names
        // "No, nothing like that." … "Oh, well, yes. A few nights I've woken up sweaty.": a yes after the first answer
        // is for what the rest of its turn names
        Utterance first = answer == Negation.Answer.YES ? c.dialogue.answerTo(q) : null;
        List<Match> inTurn = first == null || first.turn() >= a.turn() ? inAnswer
                : c.dialogue.ofTurn(a.turn()).stream()
                .filter(x -> x.index() >= a.index()).flatMap(x -> r.symptoms(x.text()).stream()).toList();
        boolean picked = answer != Negation.Answer.NO && askedAbout.stream()
                .anyMatch(m -> inTurn.stream().anyMatch(x -> x.term() == m.term()));
        for (Match m : askedAbout) {
            boolean named = inAnswer.stream().anyMatch(x -> x.term() == m.term());
            if (named || noForOne && answer == Negation.Answer.NO || picked || told.contains(m)) {
                continue;
            }
            Presence p = answer == Negation.Answer.NO && !resolvedAsked || notWhatWasAsked(m, a) ? Presence.DENIED
                    : Presence.PRESENT;
            if (PastEpisodes.askedBefore(asked, a.text(), p)) {
                continue;
            }
            // "there was no blood in your vomit, is that right?" "Yeah, yeah."; "I don't think so." "…So I don't know."
            p = answer == Negation.Answer.YES && AskedAgain.confirmsAbsence(asked, m) ? Presence.DENIED
                    : p == Presence.DENIED && Companions.unsure(c, a) ? Presence.UNCERTAIN : p;
            r.context = null;
            SymptomBuilder b = r.builder(m, q, asked);
            if (b != null && b.presence == Presence.RESOLVED && p == Presence.PRESENT) {
                continue; // "What has he taken for the pain?" does not bring back the knee pain that went away
            }
            if (b != null) {
                // "Any chest pain, temperature, cold symptoms?" "Yeah, I have a cough and a fever": a yes to a list is
                // weak for what the answer does not name, and a later "No chest pain" takes it back
                b.mention(p, r.withSite(Support.of(ANSWERED, q.turn(), a.turn())), p == Presence.PRESENT
                        && (askedAbout.size() > 1 || LIST_AFTER.matcher(asked.substring(m.end())).lookingAt()));
                if (p == Presence.PRESENT && Negation.wentAway(a.text(), 0)) {
                    b.resolve(a.turn()); // "Any blurry vision?" "A week in August, but then it went away."
                } else if (p == Presence.PRESENT && SymptomAnswers.ASKS_LAST.matcher(asked).find()) {
                    r.last = b; // "When was the last time you vomited?" "This morning.": not when it began
                } else if (p == Presence.PRESENT) {
                    b.details(a.text(), new Match(m.term(), 0, 0, m.surface()));
                    r.memory.fill(b, a, ANSWERED);
                    r.last = b;
                }
            }
        }
        if (answer == Negation.Answer.NO && inAnswer.isEmpty() && !resolvedAsked && told.isEmpty()) {
            deniedAll(q, a);
        }
    }

    /** The symptoms a question asks about: not "do they get worse when you cough?", the cough only worsens them. */
    private List<Match> askedIn(String asked) {
        List<Match> askedAbout = new java.util.ArrayList<>(r.symptoms(asked));
        askedAbout.removeIf(m -> TRIGGER.matcher(asked.substring(Math.max(0, m.start() - 80), m.start())).find()
                || TRIGGER_AFTER.matcher(asked.substring(m.end())).lookingAt() || InjuryReason.asked(asked, m)
                || NotComplaints.heldNotUrine(m, asked));
        return askedAbout;
    }

    private static final Pattern LIST_AFTER = Pattern.compile("(?i)\\s*(?:,|or\\b)");
    private static final Pattern ASKS_AGAIN = Pattern.compile("(?i)\\b(?:or|and)\\s+(?:does|do|did|is|are|has|have|can)"
            + "\\s+(?:it|food|that|this|the \\w+|anything|i)\\b");

    /**
     * "any nausea or does food ever get stuck when you swallow" "no, food goes down fine": the no answers the
     * question its words take up, not the nausea before it.
     */
    private static List<Match> answeredLast(String asked, String answer, List<Match> askedAbout) {
        java.util.regex.Matcher again = ASKS_AGAIN.matcher(asked);
        int at = -1;
        while (again.find()) {
            at = again.start();
        }
        final int from = at;
        if (from < 0 || askedAbout.stream().noneMatch(m -> m.end() <= from)) {
            return askedAbout;
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : asked.substring(from).toLowerCase(Locale.ROOT).split("\\W+")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
        boolean takesUpLast = java.util.Arrays.stream(answer.toLowerCase(Locale.ROOT).split("\\W+"))
                .anyMatch(words::contains);
        return takesUpLast ? askedAbout.stream().filter(m -> m.start() >= from).toList() : askedAbout;
    }

    private boolean laterQuestionInTurn(Utterance q) {
        List<Utterance> turn = c.dialogue.ofTurn(q.turn());
        return turn.subList(turn.indexOf(q) + 1, turn.size()).stream().anyMatch(Utterance::question);
    }

    /**
     * "Any nausea, vomiting or diarrhea, are you peeing a whole lot?" "Yeah, like crazy.": a yes answers the last
     * question of a run, not the list before it.
     */
    private static List<Match> lastQuestion(String asked, List<Match> askedAbout) {
        java.util.regex.Matcher m = NEXT_QUESTION.matcher(asked);
        int last = -1;
        while (m.find()) {
            int at = m.start();
            if (askedAbout.stream().anyMatch(x -> x.end() <= at)) {
                last = at;
            }
        }
        int from = last;
        List<Match> tail = askedAbout.stream().filter(x -> x.start() >= from).toList();
        return tail.isEmpty() ? askedAbout : tail;
    }

    /** "Do you get chest pain?" "Sort of a tightness. Not really pain.": something else, and not what was asked. */
    private boolean notWhatWasAsked(Match asked, Utterance a) {
        String head = asked.term().canonical().replaceAll("^.*\\s", "");
        String reply = String.join(" ", c.dialogue.ofTurn(a.turn()).stream().map(Utterance::text).toList());
        String word = asked.surface().replaceAll("^.*\\s", "");
        // "Shortness of breath, ankle swelling?" "A bit puffed on the hill. No swelling."
        String no = reply.matches("(?is)^\\W*(?:yes|yeah|yep)\\b.*") ? "" : "|no (?:more )?";
        return reply.matches("(?is).*\\b(?:not (?:really |exactly |quite |so much |like )?(?:an? )?" + no + ")(?:"
                + Pattern.quote(head) + "|" + Pattern.quote(asked.surface()) + "|" + Pattern.quote(word) + ")\\b.*");
    }

    /** "Any jerking of the arms or legs? Stiffening?" "No, nothing like that.": one no to each question of the turn. */
    private void deniedAll(Utterance q, Utterance a) {
        List<Utterance> turn = c.dialogue.ofTurn(q.turn());
        for (int i = turn.indexOf(q) - 1; i >= 0 && turn.get(i).question(); i--) {
            Utterance earlier = turn.get(i);
            String said = Phrasing.asPatient(earlier.text());
            if (SymptomReader.ALLERGY.matcher(said).find() || SymptomReader.HYPOTHETICAL.matcher(said).find()
                    || !Attribution.of(earlier, earlier.text().length()).equals(Attribution.PATIENT)) {
                continue;
            }
            for (Match m : r.symptoms(said)) {
                r.context = null;
                SymptomBuilder b = r.builder(m, earlier, said);
                if (b != null) {
                    b.mention(Presence.DENIED, Support.of(ANSWERED, earlier.turn(), a.turn()));
                }
            }
        }
    }

    /** "They gave her amoxicillin and she broke out." "What did the rash look like?": the allergy's reaction. */
    boolean describesReaction(Utterance asked) {
        if (AllergyReader.REACTION_QUESTION.matcher(asked.text()).find()) {
            return c.dialogue.ofTurn(asked.turn() - 1).stream().anyMatch(b -> b.historySide()
                    && SymptomReader.ALLERGY.matcher(b.text()).find());
        }
        // "Any allergies?" "Amoxicillin… came out in hives." "Any swelling of her lips, at the time?": the reaction's
        return AT_THE_TIME.matcher(asked.text()).find() && java.util.stream.IntStream.rangeClosed(1, 3)
                .anyMatch(k -> c.dialogue.ofTurn(asked.turn() - k).stream()
                        .anyMatch(b -> SymptomReader.ALLERGY.matcher(b.text()).find()));
    }

    private static final Pattern AT_THE_TIME = Pattern.compile("(?i)\\b(?:at the time|back then|with (?:that|it))"
            + "\\W*$");
}
