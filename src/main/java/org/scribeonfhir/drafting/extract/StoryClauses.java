package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * A story sentence retold in the third person keeps what is clinical and loses the talk around it: words said
 * twice in a row are said once ("she is she is choking"), and of a run-on that starts its subject again ("…broke
 * out into a sweat the patient got real nauseated"), each clause stands alone and is kept only when it names a
 * symptom, condition, drug, test, measure or body site, or how an injury happened. A physician signs the HPI;
 * the words left out stay reachable through the sentence's evidence.
 */
final class StoryClauses {

    /** "He was up 10 to 7, he lunged for a drop shot": the game's score is small talk, the lunge is the injury. */
    private static final String NUMBER = "(?:\\d+|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?|one|two|three|four|five|six|"
            + "seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|love|nil)";
    private static final Pattern SCORE = Pattern.compile("(?i)(?:^|(?<=[,;] ))(?:(?:we|i|he|she|they|the patient) "
            + "(?:was|were) (?:up|down|ahead|behind|tied|level|winning|losing)(?: " + NUMBER + "(?:-| to | )" + NUMBER
            + ")?|(?:it was )?\\d+(?:-| to )\\d+(?: up| down)?)(?:,? (?:the )?(?:last|match|game|set) point)?,(?: and)?"
            + "\\s+");
    /** "up to his flat 18, fourth floor": the flat's number is an address, not the story. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b((?:his|her|their|my|our|the) (?:flat|apartment|"
            + "house|room|unit)) (?:number |no\\.? )?\\d+[a-z]?\\b(?! (?:days?|weeks?|months?|years?|hours?|minutes?|times?|"
            + "mg|kg|%))");
    private static final Pattern STUTTER = Pattern.compile("(?i)\\b((?:[\\w']+\\s+){1,4}[\\w']+)\\s+\\1\\b");
    /** A subject starting a clause of its own: "…into a sweat the patient got real nauseated". */
    private static final Pattern SUBJECT = Pattern.compile("(?i)\\b(?:(?:the patient|he|she) (?:is|was|has|had|got|"
            + "gets|went|goes|felt|feels|did|does|can|could|would|will|started|noticed|tried|takes|took|fell|broke|"
            + "came|wants|needs|ended|woke)|they (?:are|were|have|had|got|get|went|go|felt|feel|did|do|can|could|would|will|"
            + "started|noticed|tried|take|took|fell|broke|came|want|need|ended|woke))\\b");
    /** Words after which "the patient" is an object or a subordinate clause's subject, not a new sentence. */
    private static final Set<String> JOINS = Set.of("to", "for", "with", "told", "tell", "tells", "gave", "give",
            "asked", "ask", "sent", "send", "let", "made", "make", "helped", "help", "about", "of", "by", "on", "at",
            "from", "that", "and", "but", "so", "because", "when", "if", "since", "as", "while", "after", "before",
            "until", "where", "which", "who", "than", "or", "then", "saw", "see", "take", "took", "get", "got",
            "brought", "bring", "once", "whether", "what", "how", "why", "think", "thinks", "thought", "says", "said",
            "knows", "know", "feels", "felt", "like", "into", "in", "is", "was", "not", "even", "also", "now", "say",
            "more", "less", "put", "keep", "want", "wants", "need", "needs", "have", "has", "had", "did", "does");
    /** How an injury happened or began: clinical without a lexicon word. */
    private static final Pattern MECHANISM = Pattern.compile("(?i)\\b(?:fell|fall|falling|slipped|tripped|twisted|"
            + "rolled|hit|struck|landed|lifting|lifted|bent|bending|jumped|injured|hurt|hurts|popped|pop|collided|"
            + "crashed|accident|swollen|swelling|bleeding|pain|painful|sore|started|began|worse|better|ago|hurting|"
            // what was taken, done or found for it: medication history, care elsewhere, how the patient is doing
            + "tak(?:e|es|en|ing)|took|weaned|weened|stopped|tried|using|prescribed|dose|pills?|medicines?|"
            + "medications?|meds|anything for it|er|emergency|hospital|urgent care|doctor|clinic|surgery|tests?|"
            + "checked|doing (?:well|better|worse)|improv\\w+|exercis\\w+|walking|diet|sleep\\w*|eating|weight|"
            + "help(?:s|ed|ing)?|work(?:s|ed|ing)|relief|(?:his|her|patient's|the|lower|upper|mid) back|neck|chest|"
            + "stomach|belly|head|arms?|legs?|knees?|hips?|"
            + "shoulders?|feet|foot|hands?|ankles?|wrists?|elbows?|toes?|fingers?|eyes?|ears?|throat|skin|breath|"
            + "breathing|inhaler|pneumonia|infections?|cancer|tumou?r|stones?|fracture|broke|broken|cast|ice|iced|"
            + "wrap|wrapped|brace|cream|heat|elevated?|crutches|splint|bruis\\w+|numb\\w*|tingl\\w*|dizz\\w+|"
            + "tired|fatigue\\w*|appetite|bowel|urin\\w+|period|pregnan\\w+|pressure|sugars?|glucose|pulse|"
            + "heart rate|temperature|fever|standing|sitting|lying|ground|floor|passed out|fainted|blacked out|"
            // how breathless: "so winded he couldn't finish a sentence"
            + "finish (?:a|his|her|the) sentence|catch (?:his|her) breath|winded|gasping|"
            + "\\d+ ?(?:/|over) ?\\d+|noticed|chill\\w*|strain\\w*|(?:\\d+|a|one|two|three|four|five|six|seven|eight|"
            + "nine|ten|a few|a couple(?: of)?|several) (?:days?|weeks?|months?|years?)|months|weeks|(?:one|two|three|"
            + "four|five|six|seven|eight|nine|ten)(?: out of ten)?)\\b");
    private static final Pattern PROFANITY = Pattern.compile("(?i)\\b(?:god ?damn\\w*|damn\\w*|shit\\w*|fuck\\w*|"
            + "hell|crap|bitch\\w*)\\b");

    private StoryClauses() {
    }

    /** The sentence as the note tells it, or "" when nothing in it is clinical. */
    static String clinical(Context c, Utterance u, String sentence) {
        if (PROFANITY.matcher(sentence).find()) {
            return "";
        }
        String s = sentence;
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = STUTTER.matcher(s).replaceAll("$1");
        }
        s = SCORE.matcher(s).replaceAll("");
        s = ADDRESS.matcher(s).replaceAll("$1");
        s = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        String body = s.replaceAll("[.!]+$", "").strip();
        List<String> clauses = merged(clauses(body));
        List<String> entities = c.entities(u).stream().map(e -> e.text().toLowerCase(Locale.ROOT))
                .filter(e -> e.length() > 3).toList();
        List<String> kept = new ArrayList<>();
        for (String clause : clauses) {
            if (names(c, entities, clause)) {
                kept.add(clause);
            }
        }
        if (kept.size() == clauses.size()) {
            return s;
        }
        List<String> out = new ArrayList<>();
        for (String k : kept) {
            out.add(Phrasing.finish(Character.toUpperCase(k.charAt(0)) + k.substring(1)));
        }
        return String.join(" ", out);
    }

    private static boolean names(Context c, List<String> entities, String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        return MECHANISM.matcher(clause).find() || entities.stream().anyMatch(lower::contains)
                || !c.vocabulary.find(clause, Term.Kind.values()).isEmpty();
    }

    /** A clause under five words is a lead-in ("The only other thing"), not a statement: it joins the next. */
    private static List<String> merged(List<String> clauses) {
        List<String> out = new ArrayList<>();
        String carry = "";
        for (String c : clauses) {
            String joined = carry.isEmpty() ? c : carry + " " + c;
            if (joined.split("\\s+").length < 5) {
                carry = joined;
            } else {
                out.add(joined);
                carry = "";
            }
        }
        if (!carry.isEmpty()) {
            if (out.isEmpty()) {
                out.add(carry);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + carry);
            }
        }
        return out;
    }

    /** Cut where the subject starts again after a word that does not lead into it. */
    static List<String> clauses(String body) {
        List<String> out = new ArrayList<>();
        Matcher m = SUBJECT.matcher(body);
        int from = 0;
        while (m.find()) {
            if (m.start() == 0) {
                continue;
            }
            String before = body.substring(from, m.start()).strip();
            String[] words = before.split("\\s+");
            String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z']", "");
            if (before.isEmpty() || JOINS.contains(last) || before.endsWith(",")) {
                continue;
            }
            out.add(before);
            from = m.start();
        }
        out.add(body.substring(from).strip());
        return out;
    }
}
