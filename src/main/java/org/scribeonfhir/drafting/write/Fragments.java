package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/**
 * The last writing step: every sentence must read as a sentence, because a physician signs what a clause cut
 * from speech leaves behind. A sentence that trails off ("…and that's concerning for") is cut back to where it is
 * whole; one that starts mid-clause ("Of that effusion.", "Or positive straight leg raise") or is a condition
 * with no main clause ("If the patient starts to see any increase in them.") is dropped, since what it meant
 * cannot be known; talk about the conversation ("the clinician is asking all these questions") is dropped; a
 * phrase said again with a qualifier keeps the restatement ("fluid in the knee a small amount of fluid in the
 * knee" → "a small amount of fluid in the knee"); "or anything like that" is talk.
 */
final class Fragments {

    /** Words a sentence cannot end on (particles and auxiliaries can: "came in", "as he can"). */
    private static final Set<String> DANGLING = Set.of("for", "of", "with", "about", "the", "a", "an", "and", "or",
            "but", "from", "because", "if", "so", "than", "your", "his", "their", "its", "my", "it's", "that's",
            "there's", "which", "who", "how", "very", "really");
    /** "…no masses on the": once its object is gone, the preposition goes too. */
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "to", "into", "by", "under", "over",
            "near", "around", "behind", "below", "above");
    /**
     * Words no sentence of a note starts with: the clause began before the cut. A short one is dropped ("Or
     * positive straight leg raise": what went before may have been "no"); a long one loses only the word.
     */
    private static final Pattern MID_CLAUSE = Pattern.compile("(?i)^(?:of|or|than|how|which|whether|nor)\\b");
    private static final Pattern ASKED = Pattern.compile("(?i)^(?:are|is|do|does|did|have|has)\\s+(?:the patient|"
            + "they|she|he)\\b(?!\\s+(?:been|had|got|gotten|already)\\b)");
    /** In the plan, a condition cut from its instruction ("If the patient starts to see…") says nothing. */
    private static final Pattern CONDITION = Pattern.compile("(?i)^(?:if|when|whenever|unless|although|though|as long "
            + "as)\\b");
    /** What makes a condition a sentence: a comma or "then" before its main clause, or the main clause's verb. */
    private static final Pattern MAIN_CLAUSE = Pattern.compile("(?i),|\\bthen\\b|\\b(?:call|return|come back|go to|"
            + "seek|let (?:the clinic|the clinician|the office) know|contact|reach out|will|would|should|need|must|"
            + "may|that'll|that would|that's|it's|the clinic|emergency|follow up|recommend|advised?)\\b");
    private static final Pattern CONVERSATION = Pattern.compile("(?i)\\b(?:the clinician is asking|asking (?:all )?"
            + "(?:these|those|the) questions|(?:got|have|had) to ask (?:that|this|the) question|(?:that's|it's|is) a "
            + "(?:great|good|fair) question|the reason the clinician)\\b");
    private static final Pattern ANYTHING_LIKE_THAT = Pattern.compile("(?i),?\\s+(?:(?:or|and) (?:anything|"
            + "something|stuff|things|everything) like that|but other than that|or anything|or something)(?=[.;]|$)");
    /** The clinician's remark on what was just said: "…stress test that's really important". */
    private static final Pattern REMARK = Pattern.compile("(?i),?\\s+(?:and |so )?(?:that's|that is) (?:really |very "
            + "|so )?(?:important|good|great|interesting|nice)$");
    /** "P Q P" with P three to six words and Q a qualifier: the restatement "Q P" stays. */
    private static final Pattern RESTATED = Pattern.compile("(?i)\\b((?:[\\w']+ ){2,5}[\\w']+) ((?:(?:a|an|the|small|"
            + "little|bit|of|amount|some|mild|slight|moderate|severe|just|very|trace|few|minimal|mildly|slightly) )"
            + "{0,4})\\1\\b");
    /** A restated phrase names something: not "the patient is" said twice. */
    private static final Pattern CONTENT_WORD = Pattern.compile("(?i)\\b(?!(?:the|a|an|patient|patient's|is|was|are|"
            + "were|has|had|have|he|she|it|they|his|her|and|or|to|of|in|on|for|that|this|with|be|been|did|does|do|"
            + "clinician|will|not|there)\\b)[a-z]{3,}");
    /** Counselling and reasoning: written from the clinician's talk, so each sentence must say something clinical. */
    private static final Pattern TALK_LABEL = Pattern.compile("^• (?:Patient Education and Counseling|Medical "
            + "Reasoning): ");
    /** What advice says without a clinical word: the instruction itself. */
    private static final Pattern ADVICE = Pattern.compile("(?i)\\b(?:call|return|avoid|continue|take|taking|use|using|"
            + "monitor|watch|follow|check|rest|ice|elevate|exercise|walk|walking|diet|drink|hydrat\\w*|stop|start|wear|"
            + "keep|apply|schedule|come back|go to|seek|emergency|weight|sleep|smok\\w*|alcohol|stretch\\w*|lift\\w*|"
            + "results?|tests?|labs?|x-?rays?|scan|surgery|therapy|referr\\w*|appointment|stable|improv\\w*|worse|"
            + "better|normal|abnormal|risk|consistent with|fluids|urine|notify|contact|reach out|let the clinic know|"
            + "elevat\\w+|low|high|safe|drive|driving|doing well|control\\w*|resolved|toxicity|benefits?|side effects?|"
            + "inflammation|tendon|scar|flares?|quit|meals?|breakfast|snacks?|calories|protein|nutrition|eat|eating|"
            + "foods?|crisis|safety plan|hotline|caffeine|coffee|cut (?:back|down)|limit|reduce|needed|antibiotics?|"
            + "dressings?|bandages?|sutures?|stitches|upright|\\d+)\\b");
    /** A treatment line names what is done: a drug's action, a procedure, a device, a measure to take. */
    private static final Pattern TREATS = Pattern.compile("(?i)\\b(?:start|restart|resume|continue|stop|discontinue|"
            + "taper|wean|titrate|switch|change|add|administer|given|dispense|increase|decrease|refill|"
            + "order|refer|will|would|may|prescri\\w+|take|use|give|follow|recommend|apply|wear|cast|splint|brace|note|"
            + "boot|sling|injection|surgery|therapy|exercises?|ice|rest|elevat\\w*|crutch\\w*|avoid|diet|check|"
            + "checking|monitor|weigh|scale|schedule|education|vaccin\\w*|lithotripsy|incision|excision|procedure|repair|"
            + "come (?:on )?back|call|return|walk\\w*|hold|plan|go to|emergency|seek|urgent care|er|side effects?|if|"
            // a finding or result filed under the plan is still a finding: misplaced, not dropped
            + "fractures?|displacement|edema|pulses?|tender\\w*|\\d/5)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|St|vs)\\.)(?<=[.?!;])\\s+"
            + "(?=[A-Za-z])");
    /** "…knee and that's concerning" once "for" is cut: the clause left in mid-air says nothing. */
    private static final Pattern CLAUSE_TAIL = Pattern.compile("(?i)(?:,| (?:and|but|so))\\s+(?:that's|that is|"
            + "which is|this is|it's|it is)(?:\\s+[\\w']+){0,2}$");

    private Fragments() {
    }

    static Optional<Statement> clean(Statement s, String header) {
        if (NoteHeaders.CHIEF_COMPLAINT.equals(header) || NoteHeaders.ROS.equals(header)) {
            return Optional.of(s); // written from the model's names
        }
        return clean(s.text(), NoteHeaders.ASSESSMENT_AND_PLAN.equals(header))
                .map(t -> t.equals(s.text()) ? s : new Statement(t, s.confidence(), s.evidence()));
    }

    static Optional<String> clean(String text, boolean plan) {
        Matcher label = SpokenRemnants.LABEL.matcher(text);
        String head = label.find() ? label.group() : "";
        if (SpeechResidue.NAMED_LIST.matcher(head.replaceFirst("^• ", "")).find()) {
            return Optional.of(text);
        }
        List<String> kept = new ArrayList<>();
        boolean changed = false;
        boolean talk = plan && TALK_LABEL.matcher(head).find();
        boolean treatment = plan && head.equals("• Medical Treatment: ");
        for (String sentence : SENTENCE_END.split(text.substring(head.length()))) {
            String was = sentence.strip();
            String s = talk && !says(was) || treatment && !TREATS.matcher(was).find() ? "" : sentence(was, plan);
            changed |= !s.equals(was);
            if (!s.isEmpty()) {
                kept.add(s);
            }
        }
        // "Pain with palpation. … Pain with palpation on the medial aspect …": the fuller sentence says it
        for (int i = kept.size() - 1; i >= 0; i--) {
            String shorter = kept.get(i).replaceAll("[.;]$", "").toLowerCase(Locale.ROOT);
            for (int j = 0; j < kept.size(); j++) {
                String other = kept.get(j).replaceAll("[.;]$", "").toLowerCase(Locale.ROOT);
                if (j != i && (other.startsWith(shorter + " ") || other.equals(shorter))) {
                    kept.remove(i);
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return Optional.of(text);
        }
        return kept.isEmpty() ? Optional.empty()
                : Optional.of(Lines.period(head + (head.isEmpty() || head.startsWith("•")
                ? Lines.capital(String.join(" ", kept)) : Lines.lowerFirst(String.join(" ", kept)))));
    }

    /** A sentence of counselling or reasoning says something: an instruction, a finding, a clinical word. */
    private static boolean says(String sentence) {
        String bare = sentence.replaceFirst("(?i)^(?:advised to|likely|discussed)\\s+", "");
        return bare.startsWith("Advised no ") || ADVICE.matcher(bare).find() || !Vocabulary.get().find(bare, Term.Kind.values()).isEmpty();
    }

    private static String sentence(String was, boolean plan) {
        String end = was.endsWith(";") ? ";" : ".";
        String s = was.replaceAll("[.;]+$", "").strip();
        if (plan && ASKED.matcher(s).find()) {
            return ""; // "Are the patient, and they are feeling hot and, sweaty.": a question broken off, no plan
        }
        Matcher mid = MID_CLAUSE.matcher(s);
        if (mid.find()) {
            s = s.split("\\s+").length < 8 ? "" : s.substring(mid.end()).replaceFirst("^[,\\s]+", "");
        }
        if (s.isEmpty() || s.endsWith("?") || CONVERSATION.matcher(s).find()
                || plan && CONDITION.matcher(s).find() && !MAIN_CLAUSE.matcher(s).find()) {
            return "";
        }
        s = ANYTHING_LIKE_THAT.matcher(s).replaceAll("");
        s = REMARK.matcher(s).replaceAll("");
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = RESTATED.matcher(s).replaceAll(m -> Matcher.quoteReplacement(!CONTENT_WORD.matcher(m.group(1)).find()
                    ? m.group() : m.group(2) + (m.group(2).isEmpty() ? m.group(1) : Lines.lowerFirst(m.group(1)))));
        }
        String trimmed = withoutDanglingEnd(s);
        if (!trimmed.equals(s)) {
            Matcher tail = CLAUSE_TAIL.matcher(trimmed);
            // "…knee and that's concerning": the clause cut in mid-air has nothing left to say
            trimmed = tail.find() && tail.start() > 0 ? trimmed.substring(0, tail.start()) : trimmed;
        }
        trimmed = trimmed.replaceAll("[,;:\\s]+$", "").strip();
        if (trimmed.equals(was.replaceAll("[.;]+$", "").strip())) {
            return was;
        }
        return trimmed.split("\\s+").length < 2 ? "" : Lines.capital(trimmed) + end;
    }

    private static String withoutDanglingEnd(String s) {
        String[] words = s.split("\\s+");
        int n = words.length;
        while (n > 0 && (DANGLING.contains(word(words[n - 1])) || n < words.length
                && PREPOSITIONS.contains(word(words[n - 1])))) {
            n--;
        }
        return n == words.length ? s : String.join(" ", Arrays.copyOf(words, n));
    }

    private static String word(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("[,;:]$", "");
    }
}
