package org.scribeonfhir.drafting.speech;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.Turn;

/**
 * The visit as the extractors read it: normalised turns, each cut into sentences with the speaker's role.
 * Recorders sometimes swap the doctor and patient tags; when the "patient" asks the questions and examines,
 * the roles are read the other way round and {@link #notices()} says so.
 */
public final class Dialogue {

    /** An interpreter introducing themselves or speaking of themselves, not interpreting. */
    private static final Pattern INTERPRETER_OWN = Pattern.compile("(?i)\\b(?:i'm|i am|"
            + "my name is|this is)\\b[^.?!]{0,60}\\binterpreter\\b|\\bmyself\\b|\\bexcuse my (?:voice|cough)\\b");

    private static final Pattern CLINICIAN_TALK = Pattern.compile("(?i)\\b(?:any (?:chest|fever|nausea|pain|"
            + "shortness|cough|problems|other)|on (?:your |the )?(?:physical )?exam|i'm going to (?:prescribe|order|"
            + "refer|examine|start|increase)|let me (?:take a look|examine|listen)|your (?:blood pressure|labs|x-ray|"
            + "results|lungs|heart)|take a deep breath|how long|when did (?:this|it|that)|what brings you|follow up)\\b");
    /** What only the patient says: their own pain, what they have been going through, "thanks, doctor". */
    private static final Pattern PATIENT_TALK = Pattern.compile("(?i)\\b(?:my (?:\\w+ ){0,2}(?:hurts|aches|has been "
            + "(?:hurting|bothering)|is (?:killing|bothering) me)|i(?:'ve| have) been (?:having|feeling|dealing|taking|"
            + "using|trying)|i (?:feel|felt|noticed|fell|twisted|can't sleep|get so)|thanks?(?: you)?,? doctor|"
            + "my (?:pcp|doctor|primary care) (?:told|said|sent|referred))\\b");

    private final List<Turn> turns;
    private final List<Utterance> utterances;
    private final List<List<Utterance>> byTurn;
    private final List<String> notices;

    private Dialogue(List<Turn> turns, List<Utterance> utterances, List<String> notices) {
        this.turns = List.copyOf(turns);
        this.utterances = List.copyOf(utterances);
        this.notices = List.copyOf(notices);
        List<List<Utterance>> grouped = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            grouped.add(new ArrayList<>());
        }
        for (Utterance u : utterances) {
            grouped.get(u.turn() - 1).add(u);
        }
        this.byTurn = grouped.stream().map(Collections::unmodifiableList).toList();
    }

    /** Reads parsed turns (numbers from 1, in order): normalises them and decides each speaker's role. */
    public static Dialogue of(List<Turn> raw) {
        List<Turn> turns = new ArrayList<>();
        boolean bare = raw.stream().noneMatch(t -> t.text() != null && t.text().matches("(?s).*['\u2019].*"));
        boolean british = British.spoken(raw);
        List<String> notices = new ArrayList<>();
        for (Turn t : raw) {
            String said = Speech.normalize(t.text() == null ? null : Apostrophes.restore(t.text(), bare));
            SoundAlikeDrugs.Respelled drugs = SoundAlikeDrugs.respell(said);
            if (!drugs.read().isEmpty()) {
                notices.add("Turn " + t.number() + ": read " + String.join(", ", drugs.read()) + " (the recording "
                        + "did not say the drug's name as written). Check the drug.");
            }
            turns.add(new Turn(t.number(), t.speaker(), british ? British.plain(drugs.text()) : drugs.text()));
        }
        List<List<Sentences.Piece>> split = turns.stream().map(t -> Sentences.split(t.text())).toList();
        boolean swapped = swapped(turns, split);
        if (swapped) {
            notices.add("The speaker labels looked swapped (the \"patient\" asked the questions and examined), so "
                    + "they were read the other way round. Check who said what.");
        }
        List<Utterance> out = new ArrayList<>();
        for (int k = 0; k < turns.size(); k++) {
            Turn t = turns.get(k);
            Role role = Role.ofTag(t.speaker());
            List<Sentences.Piece> pieces = split.get(k);
            if (role == Role.INTERPRETER && INTERPRETER_OWN.matcher(t.text()).find()) {
                role = Role.COMPANION; // "I'm Graça, the interpreter… I have a cold myself": not the patient's words
            } else if (role == Role.CLINICIAN && PhoneInformant.of(turns, k)) {
                role = Role.COMPANION;
            } else if (swapped && role == Role.CLINICIAN) {
                role = Role.PATIENT;
            } else if (swapped && role == Role.PATIENT) {
                role = Role.CLINICIAN;
            }
            if (Interpreted.foreign(t, k + 1 < turns.size() ? turns.get(k + 1) : null)) {
                continue; // the interpreter's English is what the note reads
            }
            int i = 0;
            for (Sentences.Piece p : pieces) {
                boolean last = i == pieces.size() - 1;
                boolean asks = p.question() || last && role == Role.CLINICIAN && t.number() < turns.size()
                        && UnmarkedQuestions.asks(p.text(), turns.get(t.number()));
                out.add(new Utterance(t.number(), i++, role, t.speaker(), p.text(), p.start(), asks));
            }
        }
        return new Dialogue(turns, out, notices);
    }

    /** The recorder swapped the tags when the patient-tagged turns sound far more like the clinician. */
    private static boolean swapped(List<Turn> turns, List<List<Sentences.Piece>> split) {
        double[] doctor = new double[2];
        double[] patient = new double[2];
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            Role r = Role.ofTag(t.speaker());
            double[] target = r == Role.CLINICIAN ? doctor : r == Role.PATIENT ? patient : null;
            if (target == null) {
                continue;
            }
            target[0] += clinicianScore(t.text(), split.get(i));
            target[1]++;
        }
        if (doctor[1] < 4 || patient[1] < 4) {
            return false;
        }
        double d = doctor[0] / doctor[1];
        double p = patient[0] / patient[1];
        return p > 0.15 && p - d > 0.25;
    }

    private static double clinicianScore(String text, List<Sentences.Piece> pieces) {
        double score = 0;
        for (Sentences.Piece p : pieces) {
            score += p.question() ? 1 : 0;
        }
        var m = CLINICIAN_TALK.matcher(text);
        while (m.find()) {
            score += 1;
        }
        m = PATIENT_TALK.matcher(text);
        while (m.find()) {
            score -= 1;
        }
        return score;
    }

    public List<Turn> turns() {
        return turns;
    }

    public List<Utterance> utterances() {
        return utterances;
    }

    public List<Utterance> ofTurn(int number) {
        return number < 1 || number > byTurn.size() ? List.of() : byTurn.get(number - 1);
    }

    public String text(int turnNumber) {
        return turns.get(turnNumber - 1).text();
    }

    /**
     * A reply's turn, with the next turn when the same voice goes straight on: "[patient] Yeah." "[patient] No, no,
     * it's a dry cough." is one reply, taken back.
     */
    public String replyText(int turnNumber) {
        return goesOn(turnNumber).isEmpty() ? text(turnNumber) : text(turnNumber) + " " + text(turnNumber + 1);
    }

    /** The next turn's sentences when the same voice speaks again straight after this turn; else none. */
    public List<Utterance> goesOn(int turnNumber) {
        List<Utterance> next = ofTurn(turnNumber + 1);
        List<Utterance> said = ofTurn(turnNumber);
        return !said.isEmpty() && !next.isEmpty() && next.get(0).role() == said.get(0).role() ? next : List.of();
    }

    public List<String> notices() {
        return notices;
    }

    /**
     * The answer to a clinician's question: the first sentence of the next turn when someone else speaks it
     * and the question leaves its turn open (it ends the turn, or only a short aside follows it: "Where exactly
     * does it hurt? Point with one finger."); null otherwise.
     */
    public Utterance answerTo(Utterance question) {
        if (!question.equals(openQuestion(ofTurn(question.turn())))) {
            return null;
        }
        int first = spoken(question.turn() + 1, 1);
        List<Utterance> next = ofTurn(first);
        if (next.isEmpty() || next.get(0).role() == question.role()) {
            return null;
        }
        // "I had to rush home to give the dog his insulin… Sorry, fever? No, no fever.": the reply after the echo;
        // a toddler's "dinosaur says roar" and then the parent's "Sorry, drooling? No, he's swallowing fine."
        for (int turn = first; turn <= first + 1; turn++) {
            List<Utterance> said = ofTurn(turn);
            if (said.isEmpty() || said.get(0).role() == question.role()) {
                break;
            }
            for (int i = 0; i + 1 < said.size(); i++) {
                if (echoes(said.get(i), question)) {
                    return said.get(i + 1);
                }
            }
        }
        Utterance clarified = clarified(next, question);
        return clarified != null ? clarified : next.get(0);
    }

    private static final Pattern BARE_YES = Pattern.compile("(?i)^\\W*(?:yes|yeah|yep|yup|mm-hmm|uh-huh)\\W*$");
    private static final Pattern WHICH = Pattern.compile("(?i)\\bwhich (?:one|ones|of (?:those|them|these|that|the "
            + "\\w+))\\b|^\\W*(?:sorry,? )?which\\W*$");

    /**
     * "Any phlegm, blood, or are you short of breath?" "Yes." "Which of those?" "Well, a bit of clear stuff…": a bare
     * yes to a list that the clinician has to ask about is no answer; the reply to "which of those" is.
     */
    private Utterance clarified(List<Utterance> reply, Utterance question) {
        if (reply.size() != 1 || !BARE_YES.matcher(reply.get(0).text()).matches()) {
            return null;
        }
        List<Utterance> asked = ofTurn(question.turn() + 2);
        List<Utterance> answer = ofTurn(question.turn() + 3);
        if (asked.isEmpty() || asked.get(0).role() != question.role() || answer.isEmpty()
                || answer.get(0).role() == question.role()
                || !WHICH.matcher(asked.get(asked.size() - 1).text()).find()) {
            return null;
        }
        return answer.get(0);
    }

    private static final Pattern ECHO_LEAD = Pattern.compile("(?i)^\\W*(?:(?:sorry|pardon|what|oh|um|uh|yes|yeah)\\W+)*");

    /** "Sorry, fever?": a few words of the question asked back before the real reply. */
    private static boolean echoes(Utterance u, Utterance question) {
        if (!u.question()) {
            return false; // most sentences: no regex work on the path every reader takes
        }
        String[] words = ECHO_LEAD.matcher(u.text()).replaceFirst("").replaceAll("[?.!,]", " ").strip()
                .toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (words.length > 4 || words[0].isEmpty()) {
            return false;
        }
        String asked = question.text().toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(words).anyMatch(w -> w.length() > 3
                && asked.matches("(?s).*\\b" + Pattern.quote(w) + "\\b.*"));
    }

    /** The question a sentence answers: the question the previous turn leaves open, asked by someone else. */
    public Utterance questionBefore(Utterance answer) {
        if (answer.index() != 0 || answer.turn() < 2) {
            return null;
        }
        Utterance q = openQuestion(ofTurn(spoken(answer.turn() - 1, -1)));
        return q != null && q.role() != answer.role() ? q : null;
    }

    /**
     * The turn from {@code turn} on (in the direction of {@code step}) that holds words: a turn the transcriber marked
     * only as inaudible ("[patient] &lt;INAUDIBLE_SPEECH/&gt;") stands between no question and its answer.
     */
    private int spoken(int turn, int step) {
        int t = turn;
        while (t >= 1 && t <= byTurn.size() && (ofTurn(t).isEmpty() || step > 0 && brokenOff(t) || interpreted(t))
                && Math.abs(t - turn) < 2) {
            t += step;
        }
        return t;
    }

    /** "[patient] Sí, el Septra." "[interpreter] Yes, Septra.": the patient's words, answered in the interpreter's. */
    private boolean interpreted(int t) {
        return !ofTurn(t).isEmpty() && ofTurn(t).get(0).role() == Role.PATIENT && !ofTurn(t + 1).isEmpty()
                && ofTurn(t + 1).get(0).role() == Role.INTERPRETER;
    }

    /** "[patient] Um, so I'm" "[patient] Having some pain in my tummy…": a start broken off, the same voice goes on. */
    private boolean brokenOff(int turn) {
        List<Utterance> said = ofTurn(turn);
        List<Utterance> next = ofTurn(turn + 1);
        return said.size() == 1 && !next.isEmpty() && next.get(0).role() == said.get(0).role()
                && said.get(0).text().split("\\s+").length <= 4 && BROKEN_OFF.matcher(said.get(0).text()).find();
    }

    private static final Pattern BROKEN_OFF = Pattern.compile("(?i)(?:[,—-]|\\b(?:i'm|i|so|and|but|the|a|um|uh|like|"
            + "my|it's|it|is|was|have|been|having|just))\\s*$");

    /** The question the whole turn of this sentence answers (every sentence of a reply, not just its first). */
    public Utterance questionFor(Utterance u) {
        List<Utterance> turn = ofTurn(u.turn());
        return turn.isEmpty() ? null : questionBefore(turn.get(0));
    }

    /** The turn's last question when nothing but short asides (six words at most, no numbers) follows it. */
    private static Utterance openQuestion(List<Utterance> turn) {
        for (int i = turn.size() - 1; i >= 0; i--) {
            Utterance u = turn.get(i);
            if (u.question()) {
                return u;
            }
            if (!u.examples() && (u.text().split("\\s+").length > 6 || u.text().matches("(?s).*\\d.*"))) {
                return null;
            }
        }
        return null;
    }
}
