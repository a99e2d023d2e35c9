package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.model.ClinicalEntity;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.drafting.model.Labels;
import org.scribeonfhir.ehr.ChartFact;

/**
 * Writes the transcript's part of the note. Every statement restates one or two turns (a question and its
 * answer) and cites them; nothing is added that no turn says. The model decides which part of the note a
 * turn feeds; rules decide how it is worded.
 */
final class TranscriptComposer {

    static final Pattern INTRO = Pattern.compile(
            "(?i)\\b([a-z]+(?: [a-z]+)?) is an? (\\d{1,3})[- ]year[- ]old\\b([^.?!]*)");
    private static final Pattern PRESENTS = Pattern.compile(
            "(?i)\\b(?:presents?|presenting|here|in|coming in)(?: today| to(?:day)? the clinic| back)?"
                    + " (?:with|for)(?: complaints? of| an?| his| her| the)? ([^,.;]+?)(?:\\.|,| and | today|$)");
    private static final Pattern YES = Pattern.compile(
            "(?i)^(yes|yeah|yep|yup|correct|right|i do|i am|i have|definitely|sure|absolutely|mm-hmm|uh-huh)\\b.*");
    private static final Pattern NO = Pattern.compile("(?i)^(no|nope|nah|not really|never|none|i don't|i haven't|"
            + "i have not|i do not|not that i)\\b.*");
    private static final Pattern ANY = Pattern.compile("(?i)^(?:and |so |okay |alright |now |um |any other |any |"
            + "do you have any |have you had any |have you noticed any |have you had |have you been having |"
            + "are you having any |are you having |are you experiencing any |do you have |did you have any |"
            + "did you have |any other symptoms like |symptoms like |things like |like )+(.+?)[?.]?$");
    private static final Pattern PROBLEM_INTRO = Pattern.compile("(?i)^(?:so |okay |now |and |alright )*(?:for|"
            + "in terms of|regarding|as far as|as for|with regards? to|moving on to|in regards to|"
            + "for your (?:first|second|third|next|last|final) problem,?)(?: the| your| his| her)? ([a-z][a-z0-9 '/-]{2,40}?)"
            + "(?:,| i | we | you |$)");
    private static final Pattern AGREE = Pattern.compile(
            "(?i)^(okay|ok|sounds good|sounds like a plan|that sounds|yes|yeah|alright|all right|you got it|sure|"
                    + "great|perfect|thank|that's fine|that works|no questions|not at this point|i understand)\\b.*");
    private static final double QA = 0.8;
    /**
     * The section head learned "none" from weak labels that leave most turns unaligned, so it says "none"
     * too readily; its probability is scaled down before the arg-max (tuned on ACI-Bench valid).
     */
    static final double NONE_WEIGHT = Double.parseDouble(System.getProperty("scribe.none-weight", "0.3"));
    private static final double RESTATED = 0.75;

    private final Voice.Pronouns pronouns;
    private final List<TurnAnalysis> turns;
    private final String[] part;
    private final double[] partConfidence;
    /** Each turn's cleaned sentences with the part of the note each one feeds. */
    private final List<List<Segment>> segments = new ArrayList<>();
    private final List<Medications.Mention> medications;

    /** One cleaned sentence of a turn and the part of the note it feeds. */
    record Segment(String part, String sentence) {
    }

    TranscriptComposer(List<TurnAnalysis> turns, Voice.Pronouns pronouns) {
        this(turns, pronouns, List.of());
    }

    /** @param chartMedications the chart's medications, cited beside the turns when a turn names the same drug */
    TranscriptComposer(List<TurnAnalysis> turns, Voice.Pronouns pronouns, List<ChartFact> chartMedications) {
        this.turns = turns;
        this.pronouns = pronouns;
        this.medications = Medications.find(turns, chartMedications);
        this.part = new String[turns.size()];
        this.partConfidence = new double[turns.size()];
        assignParts();
        for (int t = 0; t < turns.size(); t++) {
            segments.add(segment(t));
        }
    }

    /** Smooths each turn's section probabilities with its neighbours'; short answers follow their question. */
    private void assignParts() {
        int n = turns.size();
        for (int t = 0; t < n; t++) {
            float[] p = turns.get(t).sections();
            double[] s = new double[p.length];
            for (int c = 0; c < p.length; c++) {
                s[c] = 0.6 * p[c] + (t > 0 ? 0.2 * turns.get(t - 1).sections()[c] : 0.2 * p[c])
                        + (t + 1 < n ? 0.2 * turns.get(t + 1).sections()[c] : 0.2 * p[c]);
            }
            s[Labels.SECTIONS.indexOf(Labels.NONE)] *= NONE_WEIGHT;
            int best = 0;
            for (int c = 1; c < s.length; c++) {
                if (s[c] > s[best]) {
                    best = c;
                }
            }
            part[t] = Labels.SECTIONS.get(best);
            partConfidence[t] = s[best];
            if (t > 0 && Utterances.contentWords(text(t)) < 3 && !speaker(t).equals(speaker(t - 1))) {
                part[t] = part[t - 1];
                partConfidence[t] = partConfidence[t - 1];
            }
        }
    }

    private static final Pattern EXAM_CUE = Pattern.compile("(?i)\\b(?:physical exam(?:ination)?|on (?:your |the |my )?"
            + "exam(?:ination)?|(?:heart|lung|abdominal|neck|skin|neuro(?:logical)?|knee|shoulder|back|eye|ear|foot|hip|"
            + "hand|wrist|ankle|elbow) exam|vital signs|your vitals|when i (?:listen|look|press|push|feel|examine|palpate)"
            + "|i (?:do )?(?:hear|appreciate|feel|note|notice) (?:a |an |some |no |any |mild |slight )?(?:murmur|crackles|"
            + "wheez|rales|tenderness|swelling|edema|effusion|rash|lesion|bruis|erythema|redness|pain)|to (?:auscultation|"
            + "palpation)|range of motion|on palpation)\\b");
    private static final Pattern RESULTS_CUE = Pattern.compile("(?i)\\b(?:results?|x-?rays?|mri|ct scan|cat scan|"
            + "ultrasound|echocardiogram|echo|ekg|ecg|labs?|lab work|blood work|a1c|hemoglobin|lipid panel|cholesterol|"
            + "biopsy|pathology|urinalysis|urine|ct|scan|bloodwork|blood test)\\b.*\\b(?:show|shows|showed|showing|"
            + "revealed?|demonstrat\\w*|came back|looks?|looked|was|were|is|are|normal|abnormal|elevated|"
            + "negative|positive)\\b|\\b(?:your|the) (?:results?|labs?|x-?rays?|mri|ekg|a1c)\\b");
    private static final Pattern PLAN_CUE = Pattern.compile("(?i)\\b(?:assessment and plan|my assessment|my plan|"
            + "(?:first|second|third|next|last|final) problem|talk about (?:my|your|the) (?:assessment|plan|diagnosis)"
            + "|(?:i|we)(?:'re| are|'m| am) going to (?:prescribe|order|refer|start|put|increase|decrease|send|give|"
            + "have|schedule|go ahead|continue|get)|i (?:want|would like|'d like) to (?:prescribe|order|refer|start|put"
            + "|increase|decrease|send|give|schedule|go ahead|continue|get)|i (?:want|would like|'d like) you to|"
            + "(?:let's|we'll|we will|i'll|i will) (?:go ahead|start|order|refer|prescribe|increase|decrease|"
            + "schedule|get you|continue|send)|i recommend|i'm recommending|follow up|follow-up)\\b");
    private static final Pattern ORDER_VERB = Pattern.compile("(?i)\\b(?:order|get|schedule|repeat|another|recheck"
            + "|check)\\b");

    /**
     * The part each sentence of a turn feeds. A patient's sentences follow the turn's part. A doctor often
     * moves on in one long turn (exam findings, then results, then the plan): a sentence that names an exam,
     * a result or a plan starts that part for itself and the sentences after it; a cue for the plan needs
     * the turn to be past the history already, so questions about earlier plans stay in the history.
     */
    private List<Segment> segment(int t) {
        List<Segment> out = new ArrayList<>();
        String current = part[t];
        boolean doctor = speaker(t).equals("doctor");
        for (String sentence : Utterances.sentences(Utterances.clean(text(t)))) {
            if (doctor && !sentence.endsWith("?")) {
                boolean history = current.equals(NoteHeaders.HPI) || current.equals(NoteHeaders.CHIEF_COMPLAINT)
                        || current.equals(NoteHeaders.ROS);
                if (RESULTS_CUE.matcher(sentence).find() && !(PLAN_CUE.matcher(sentence).find()
                        && ORDER_VERB.matcher(sentence).find())) {
                    current = NoteHeaders.RESULTS;
                } else if (EXAM_CUE.matcher(sentence).find() && !history) {
                    current = NoteHeaders.PHYSICAL_EXAM;
                } else if (EXAM_CUE.matcher(sentence).find() && sentence.toLowerCase(Locale.ROOT).matches(
                        ".*\\b(physical exam(ination)?|on exam(ination)?|vital signs)\\b.*")) {
                    current = NoteHeaders.PHYSICAL_EXAM;
                } else if (PLAN_CUE.matcher(sentence).find() && !history) {
                    current = NoteHeaders.ASSESSMENT_AND_PLAN;
                }
            }
            out.add(new Segment(current, sentence));
        }
        return out;
    }

    /** Talk about the visit itself ("let me take a listen", "let's talk about my plan"): no clinical content. */
    private static final Pattern META_TALK = Pattern.compile("(?i)\\b(?:take a (?:quick )?(?:look|listen)|"
            + "do a (?:quick |brief )?(?:physical )?exam(?:ination)?|(?:start|begin|do) (?:the |your |a |my )?"
            + "(?:physical )?exam(?:ination)?|talk (?:a little bit |a little |a bit )?about (?:my|the|your) "
            + "(?:assessment|plan)|go over (?:my|the|your|some of) |look at (?:some of )?(?:your|the) results|let you "
            + "know what i find|call(?:ing)? out (?:some of )?my|let me (?:just )?(?:examine|listen|take|look|check|"
            + "feel|press)|show me|(?:hop|jump) up|on the table|check (?:you|him|her) out|examine (?:you|him|her)|"
            + "see what's going on|(?:any|have any) questions)\\b");
    private static final Pattern FINDING = Pattern.compile("(?i)\\b(?:normal|clear|tender(?:ness)?|murmur|swelling|"
            + "swollen|edema|mild|moderate|severe|positive|negative|elevated|decreased|reduced|intact|crackles|"
            + "wheez\\w*|rash|erythema|bruis\\w*|effusion|pain|regular|shows?|showed|revealed|fracture|"
            + "\\d+)\\b");

    /** True for a sentence that only narrates the visit. */
    static boolean meta(String sentence) {
        return META_TALK.matcher(sentence).find() && !FINDING.matcher(sentence).find();
    }

    private List<String> sentences(int t, String p) {
        List<String> out = new ArrayList<>();
        for (Segment s : segments.get(t)) {
            if (s.part().equals(p) && !(meta(s.sentence()) && !p.equals(NoteHeaders.HPI))) {
                out.add(s.sentence());
            }
        }
        return out;
    }

    private boolean has(int t, String p) {
        return segments.get(t).stream().anyMatch(s -> s.part().equals(p));
    }

    private String text(int t) {
        return turns.get(t).turn().text();
    }

    private String speaker(int t) {
        return turns.get(t).turn().speaker();
    }

    private int number(int t) {
        return turns.get(t).turn().number();
    }

    Map<String, List<Statement>> compose() {
        Map<String, List<Statement>> out = new LinkedHashMap<>();
        for (String h : NoteHeaders.ALL) {
            out.put(h, new ArrayList<>());
        }
        Statement intro = intro();
        chiefComplaint(out.get(NoteHeaders.CHIEF_COMPLAINT));
        if (intro != null) {
            out.get(NoteHeaders.HPI).add(intro);
        }
        Map<String, Findings> ros = new LinkedHashMap<>();
        for (int t = 0; t < turns.size(); t++) {
            boolean doctor = speaker(t).equals("doctor");
            List<String> history = new ArrayList<>();
            for (String h : List.of(NoteHeaders.CHIEF_COMPLAINT, NoteHeaders.HPI, NoteHeaders.ROS)) {
                history.addAll(sentences(t, h));
            }
            if (!history.isEmpty()) {
                history(t, history, out.get(NoteHeaders.HPI), ros);
            }
            if (doctor) {
                exam(t, sentences(t, NoteHeaders.PHYSICAL_EXAM), out.get(NoteHeaders.PHYSICAL_EXAM));
                results(t, sentences(t, NoteHeaders.RESULTS), out.get(NoteHeaders.RESULTS));
            }
        }
        for (Map.Entry<String, Findings> e : ros.entrySet()) {
            out.get(NoteHeaders.ROS).add(e.getValue().statement(e.getKey()));
        }
        currentMedications(out.get(NoteHeaders.HPI));
        plan(out.get(NoteHeaders.ASSESSMENT_AND_PLAN));
        return out;
    }

    // ---- chief complaint and the opening line --------------------------------------------------------

    private Statement intro() {
        for (int t = 0; t < turns.size(); t++) {
            if (!speaker(t).equals("doctor")) {
                continue;
            }
            for (String s : Utterances.sentences(Utterances.clean(text(t)))) {
                Matcher m = INTRO.matcher(s);
                if (m.find()) {
                    String name = m.group(1);
                    String words = name.toLowerCase(Locale.ROOT);
                    if (words.matches(".*\\b(this|he|she|patient|it|that|who|which|there)\\b.*")) {
                        name = "The patient";
                    } else {
                        name = capitaliseWords(name.replaceAll("^(?i)(so|okay|and|now) ", ""));
                    }
                    String sentence = name + s.substring(m.start() + m.group(1).length(), s.length());
                    sentence = Voice.doctor(sentence, pronouns);
                    return statement(Utterances.period(sentence), 0.9, t);
                }
            }
        }
        return null;
    }

    private void chiefComplaint(List<Statement> out) {
        for (int t = 0; t < Math.min(turns.size(), 40); t++) {
            if (!speaker(t).equals("doctor")) {
                continue;
            }
            Matcher m = PRESENTS.matcher(Utterances.clean(text(t)));
            if (m.find()) {
                String cc = m.group(1).strip().replaceAll("(?i)^(a|an|some|his|her|their) ", "");
                if (Utterances.contentWords(cc) >= 1 && cc.length() < 60) {
                    out.add(statement(Utterances.period(Utterances.capitalise(Voice.doctor(cc, pronouns))), 0.8, t));
                    return;
                }
            }
        }
        for (int t = 0; t < turns.size(); t++) {
            if (part[t].equals(NoteHeaders.CHIEF_COMPLAINT) || part[t].equals(NoteHeaders.HPI)) {
                for (var e : turns.get(t).entities()) {
                    if ((e.type().equals("PROBLEM") || e.type().equals("SYMPTOM"))
                            && !e.is(ClinicalEntity.NEGATED) && !e.is(ClinicalEntity.FAMILY)) {
                        String cc = text(t).substring(e.start(), e.end());
                        out.add(statement(Utterances.period(Utterances.capitalise(cc)), 0.6 * e.confidence(), t));
                        return;
                    }
                }
            }
        }
    }

    // ---- history and review of systems ----------------------------------------------------------------

    /** Negative and positive findings of one body system, with the turns that said so. */
    static final class Findings {
        final Set<String> denied = new LinkedHashSet<>();
        final Set<String> endorsed = new LinkedHashSet<>();
        final Set<Integer> turns = new LinkedHashSet<>();
        double confidence = 1;

        Statement statement(String system) {
            StringBuilder s = new StringBuilder("• ").append(system).append(": ");
            if (!endorsed.isEmpty()) {
                s.append("Endorses ").append(list(endorsed, "and")).append(". ");
            }
            if (!denied.isEmpty()) {
                s.append("Denies ").append(list(denied, "or")).append('.');
            }
            return new Statement(s.toString().strip(), confidence, List.of(Evidence.transcript(List.copyOf(turns))));
        }
    }

    private void history(int t, List<String> sentences, List<Statement> hpi, Map<String, Findings> ros) {
        boolean doctor = speaker(t).equals("doctor");
        if (doctor) {
            List<Segment> all = segments.get(t);
            if (t + 1 < turns.size() && !speaker(t + 1).equals("doctor") && !all.isEmpty()) {
                String question = all.get(all.size() - 1).sentence();
                if (question.endsWith("?") && sentences.contains(question)) {
                    questionAndAnswer(t, question, hpi, ros);
                }
            }
            for (String s : sentences) {
                if (!s.endsWith("?") && Utterances.contentWords(s) >= 5 && aboutPatient(s)
                        && !INTRO.matcher(s).find()) {
                    String x = Voice.doctor(stripDoctorLead(s), pronouns);
                    hpi.add(statement(Utterances.period(Utterances.capitalise(x)), RESTATED * partConfidence[t], t));
                }
            }
            return;
        }
        boolean companion = speaker(t).startsWith("patient_");
        if (!companion && !speaker(t).equals("patient")) {
            return;
        }
        for (ClinicalEntity e : turns.get(t).entities()) {
            if (e.type().equals("SYMPTOM") && !e.is(ClinicalEntity.NEGATED) && !e.is(ClinicalEntity.FAMILY)
                    && !e.is(ClinicalEntity.HISTORICAL)) {
                String system = Systems.of(Systems.ROS, e.text());
                if (system != null) {
                    Findings f = ros.computeIfAbsent(system, k -> new Findings());
                    f.endorsed.add(e.text().toLowerCase(Locale.ROOT));
                    f.turns.add(number(t));
                    f.confidence = Math.min(f.confidence, e.confidence() * partConfidence[t]);
                }
            }
        }
        boolean first = true;
        for (String s : sentences) {
            if (s.endsWith("?") || Utterances.contentWords(s) < 2) {
                continue;
            }
            String x = Voice.patient(stripPatientLead(s), companion ? Voice.Pronouns.COMPANION : pronouns);
            if (x.isBlank()) {
                continue;
            }
            String that = CLAUSE.matcher(x).find() ? " reports that " : " reports ";
            String lead = !first ? "" : companion ? "The patient's family member" + that
                    : Utterances.capitalise(subject()) + that;
            x = first ? lead + lowerFirst(x) : Utterances.capitalise(x);
            first = false;
            hpi.add(statement(Utterances.period(x), RESTATED * partConfidence[t], t));
        }
    }

    private void questionAndAnswer(int t, String question, List<Statement> hpi, Map<String, Findings> ros) {
        String answer = Utterances.clean(text(t + 1));
        boolean yes = YES.matcher(answer).matches();
        boolean no = !yes && NO.matcher(answer).matches();
        if (!yes && !no) {
            return;
        }
        String topic = topic(question);
        String system = topic == null ? null : Systems.of(Systems.ROS, topic);
        if (topic != null && (system != null || question.toLowerCase(Locale.ROOT).contains("any "))) {
            String phrase = Voice.doctor(topic.replaceAll("(?i)\\bany (other )?", "").replaceAll("(?i)\\bor\\b", "or")
                    .strip(), pronouns).replaceAll("[,\\s]+$", "");
            if (Utterances.contentWords(phrase) == 0 || phrase.length() > 90) {
                return;
            }
            String verb = no ? "denies" : "endorses";
            hpi.add(new Statement(Utterances.capitalise(subject()) + " " + verb + " " + phrase + ".", QA,
                    List.of(Evidence.transcript(List.of(number(t), number(t + 1))))));
            if (system != null) {
                Findings f = ros.computeIfAbsent(system, k -> new Findings());
                (no ? f.denied : f.endorsed).add(phrase);
                f.turns.add(number(t));
                f.turns.add(number(t + 1));
                f.confidence = Math.min(f.confidence, QA);
            }
            return;
        }
        if (yes && Utterances.contentWords(answer) < 3) {
            String statement = declarative(question);
            if (statement != null) {
                hpi.add(new Statement(Utterances.period(Utterances.capitalise(statement)), QA * 0.9,
                        List.of(Evidence.transcript(List.of(number(t), number(t + 1))))));
            }
        }
    }

    private static final Pattern ASKS = Pattern.compile("(?i)\\b(?:any(?: other)?|have you (?:had|noticed|"
            + "experienced|been having|felt|gotten|had any)|do you (?:have|feel|get|notice)|are you (?:having|"
            + "experiencing|feeling|getting)|did you (?:have|notice|get|feel)|is there|has there been|how about|"
            + "what about)\\s+(?:any\\s+)?(?:other\\s+)?(?:symptoms\\s+)?(?:like\\s+|such as\\s+)?(.+?)[?.]?$");

    /** What a yes/no question asks about: "…, like, have you had a fever or chills?" → "fever or chills". */
    static String topic(String question) {
        String q = question.replaceAll("[?]$", "");
        Matcher m = ASKS.matcher(q);
        String topic = null;
        int from = 0;
        while (from < q.length() && m.find(from)) {
            topic = m.group(1);
            from = m.start() + 1;
        }
        if (topic == null) {
            Matcher any = ANY.matcher(q);
            return any.matches() ? any.group(1) : null;
        }
        topic = topic.replaceAll("(?i)^(?:a|an|the|some|any)\\s+", "").strip();
        return topic.isEmpty() ? null : topic;
    }

    /** "are you taking your medication?" + yes → "she is taking her medication". */
    private String declarative(String question) {
        String q = question.replaceAll("[?]$", "").replaceAll("(?i)^(and|so|okay|alright|now|um)[, ]+", "").strip();
        Matcher m = Pattern.compile("(?i)^(?:and )?(are|have|do|were|did|is|was|has|does) (you|it|that|she|he) (.+)$")
                .matcher(q);
        if (!m.matches() || Utterances.contentWords(m.group(3)) < 2) {
            return null;
        }
        String aux = m.group(1).toLowerCase(Locale.ROOT);
        String who = m.group(2).toLowerCase(Locale.ROOT);
        String rest = Voice.doctor(m.group(3), pronouns);
        if (who.equals("you")) {
            String s = subject();
            return switch (aux) {
                case "are" -> s + " is " + rest;
                case "have" -> s + " has " + rest;
                case "were" -> s + " was " + rest;
                case "do" -> s + " reports that " + s + " does " + rest;
                case "did" -> s + " reports that " + s + " did " + rest;
                default -> null;
            };
        }
        return who + " " + aux + " " + rest;
    }

    // ---- exam and results -------------------------------------------------------------------------------

    private static final Pattern EXAM_LEAD = Pattern.compile("(?i)^(?:so |and |okay |alright |now |um )*(?:on (?:your |the )?"
            + "(?:physical )?exam(?:ination)?,? |on exam,? |looking at (?:your |the )?|when i (?:listen|look|feel|press|"
            + "examine)[^,]*,? )?(?:i do |i )?(?:hear|see|notice|appreciate|feel|note) (?:a |an |some )?");

    private void exam(int t, List<String> sentences, List<Statement> out) {
        for (String s : sentences) {
            if (s.endsWith("?") || Utterances.contentWords(s) < 2) {
                continue;
            }
            String system = Systems.of(Systems.EXAM, s);
            if (system == null) {
                continue;
            }
            String x = examPhrase(s);
            String line = "• " + system + ": " + Utterances.period(Utterances.capitalise(x));
            out.add(statement(line, RESTATED * partConfidence[t], t));
        }
    }

    /** Where a finding turns into an explanation for the patient: the note keeps the finding. */
    private static final Pattern EXPLANATION = Pattern.compile("(?i),? (?:which (?:is|means|basically|just means|"
            + "could|can|may|might|would|we've|i think)|and what that means|what that means|that means|so what does|"
            + "and that's (?:just|probably|likely|because)|which we've|which i think)\\b.*$");

    /** A finding without the explanation that followed it. */
    static String finding(String sentence) {
        String cut = EXPLANATION.matcher(sentence).replaceFirst("");
        return Utterances.contentWords(cut) >= 2 ? cut : sentence;
    }

    private String examPhrase(String s) {
        String x = finding(s).replaceAll("(?i)^(?:so |and |okay |alright |now |um )+", "");
        x = x.replaceAll("(?i)^i (?:do not|don't|did not|didn't) (?:hear|see|notice|appreciate|feel) (?:any )?", "no ");
        x = EXAM_LEAD.matcher(x).replaceFirst("");
        x = x.replaceAll("(?i)^(?:on |in )?(?:your |the )?(?:physical )?exam(?:ination)?,? ", "");
        x = EXAM_LEAD.matcher(x).replaceFirst("");
        x = x.replaceAll("(?i)\\byour\\b", "the").replaceAll("(?i)^you (?:do )?have ", "").replaceAll("(?i)\\byou\\b",
                pronouns.subject());
        return x.strip().replaceAll("(?i)^the ", "");
    }

    private static final Pattern RESULT_WORDS = Pattern.compile("(?i)\\b(x-ray|xray|mri|ct|cat scan|ultrasound|"
            + "echo|echocardiogram|ekg|ecg|labs?|blood work|a1c|hemoglobin|cholesterol|lipid|panel|culture|biopsy|"
            + "results?|scan|test|levels?|count|function)\\b");

    private void results(int t, List<String> sentences, List<Statement> out) {
        for (String s : sentences) {
            if (s.endsWith("?") || Utterances.contentWords(s) < 3 || !RESULT_WORDS.matcher(s).find()) {
                continue;
            }
            String x = finding(s).replaceAll("(?i)^(?:so |and |okay |alright |now |um |well )+", "")
                    .replaceAll("(?i)^(?:looking at |i (?:did |also )?(?:review|reviewed|looked at|took a look at) )", "")
                    .replaceAll("(?i)\\byour\\b", "the").replaceAll("(?i)\\byou\\b", pronouns.subject());
            out.add(statement(Utterances.period(Utterances.capitalise(x.strip())), RESTATED * partConfidence[t], t));
        }
    }

    // ---- medications --------------------------------------------------------------------------------------

    /**
     * "Current medications: lisinopril 20 mg daily; lasix." from what the history says the patient takes:
     * drugs with a dose, route or frequency outside the plan, each once, citing every turn that said it.
     */
    private void currentMedications(List<Statement> hpi) {
        Map<String, Medications.Mention> byDrug = new LinkedHashMap<>();
        Map<String, Set<Integer>> cited = new LinkedHashMap<>();
        for (Medications.Mention m : medications) {
            if (part[m.turnIndex()].equals(NoteHeaders.ASSESSMENT_AND_PLAN) || part[m.turnIndex()].equals(Labels.NONE)
                    || !m.hasSig()) {
                continue;
            }
            Medications.Mention known = byDrug.get(m.drug());
            if (known == null || (!known.hasSig() && m.hasSig())) {
                byDrug.put(m.drug(), m);
            }
            cited.computeIfAbsent(m.drug(), k -> new LinkedHashSet<>()).addAll(m.turns());
        }
        if (byDrug.isEmpty()) {
            return;
        }
        List<String> sigs = new ArrayList<>();
        Set<Integer> all = new java.util.TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        double confidence = 1;
        for (Medications.Mention m : byDrug.values()) {
            sigs.add(m.sig());
            all.addAll(cited.get(m.drug()));
            confidence = Math.min(confidence, m.confidence());
            if (m.chartReference() != null) {
                evidence.add(Evidence.fhir(m.chartReference()));
            }
        }
        evidence.add(0, Evidence.transcript(List.copyOf(all)));
        hpi.add(new Statement("Current medications: " + String.join(", ", sigs) + ".", Math.round(confidence * RESTATED
                * 100) / 100.0, evidence));
    }

    /** The medication orders the doctor gave in this turn's sentence (empty when it names no drug). */
    private List<Medications.Mention> orders(int t, String sentence, Set<String> ordered) {
        List<Medications.Mention> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Medications.Mention m : medications) {
            if (m.turnIndex() == t && m.action() != null && m.hasSig() && lower.contains(m.drug())
                    && ordered.add(m.drug() + " " + m.action())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Does the sentence say more than its medication orders (other content words than theirs)? */
    static boolean saysMore(String sentence, List<Medications.Mention> orders) {
        Set<String> covered = new java.util.HashSet<>();
        for (Medications.Mention m : orders) {
            covered.addAll(Utterances.words(Numbers.digits(m.order()) + " " + m.sig()));
        }
        int extra = 0;
        for (String w : Utterances.words(Numbers.digits(sentence))) {
            if (w.length() > 2 && !Utterances.isStop(w) && !covered.contains(w) && !PLAN_FILLER.contains(w)) {
                extra++;
            }
        }
        return extra > 3;
    }

    private static final Set<String> PLAN_FILLER = Set.of("want", "going", "ahead", "prescribe", "continue",
            "increase", "decrease", "start", "milligrams", "milligram", "day", "daily", "take", "taking", "give",
            "recommend", "think", "patient", "once", "twice", "times", "dose");

    // ---- assessment and plan ------------------------------------------------------------------------------

    private void plan(List<Statement> out) {
        int lastPlan = -1;
        Set<String> ordered = new java.util.HashSet<>();
        for (int t = 0; t < turns.size(); t++) {
            if (!speaker(t).equals("doctor") || !has(t, NoteHeaders.ASSESSMENT_AND_PLAN)) {
                continue;
            }
            lastPlan = t;
            for (String s : sentences(t, NoteHeaders.ASSESSMENT_AND_PLAN)) {
                if (s.endsWith("?") || Utterances.contentWords(s) < 3) {
                    continue;
                }
                Matcher problem = PROBLEM_INTRO.matcher(s);
                String rest = s;
                if (problem.find() && Utterances.contentWords(problem.group(1)) >= 1) {
                    String name = problem.group(1).strip();
                    out.add(statement(Utterances.period(Utterances.capitalise(name)), 0.7 * partConfidence[t], t));
                    rest = s.substring(problem.end()).strip();
                    if (Utterances.contentWords(rest) < 3) {
                        continue;
                    }
                }
                List<Medications.Mention> orders = orders(t, rest, ordered);
                if (orders.isEmpty() || saysMore(rest, orders)) {
                    out.add(planLine(rest, t));
                }
                for (Medications.Mention m : orders) {
                    out.add(new Statement("• Medical Treatment: " + Utterances.capitalise(m.order()),
                            Math.round(Math.min(1, m.confidence() * RESTATED * partConfidence[t]) * 100) / 100.0,
                            m.evidence()));
                }
            }
        }
        if (lastPlan >= 0) {
            for (int t = lastPlan + 1; t < turns.size(); t++) {
                if (speaker(t).equals("patient") && AGREE.matcher(Utterances.clean(text(t))).matches()) {
                    out.add(statement("Patient Agreements: The patient understands and agrees with the recommended "
                            + "medical treatment plan.", 0.7, t));
                    break;
                }
            }
        }
    }

    private Statement planLine(String s, int t) {
        String x = stripDoctorLead(s);
        // "I want you to ice it" advises the patient: handled before the lead "I want to …" is cut.
        x = x.replaceAll("(?i)^i (?:want|would like|'d like) (?:you|her|him) to\\b", "I advised " + pronouns.object()
                + " to")
                .replaceAll("(?i)^i (?:want|would like|'d like|am going|'m going|wanted) (?:to )?(?:go ahead and )?", "")
                .replaceAll("(?i)^(?:we're|we are|we will|we'll) (?:go ahead and )?", "we will ")
                .replaceAll("(?i)^(?:let's|lets) (?:go ahead and )?", "")
                .replaceAll("(?i)^i think (?:that )?", "I believe ")
                .replaceAll("(?i)\\bi want (?:you|her|him) to\\b", "I advised " + pronouns.object() + " to")
                .replaceAll("(?i)\\bmilligrams?\\b", "mg");
        x = Voice.doctor(x, pronouns);
        String lower = x.toLowerCase(Locale.ROOT);
        String kind;
        if (lower.matches(".*\\b(order|x-ray|mri|ct scan|ultrasound|labs?|blood work|panel|test|refer|referral|"
                + "echocardiogram|biopsy)\\b.*")) {
            kind = "Additional Testing";
        } else if (lower.matches(".*\\b(prescribe|mg|start|continue|increase|decrease|stop|medication|dose|"
                + "tablet|daily|twice|injection|surgery|therapy|physical therapy|refill)\\b.*")) {
            kind = "Medical Treatment";
        } else if (lower.matches(".*\\b(advise|advised|recommend|encourage|should|make sure|call|follow up|"
                + "come back|diet|exercise|discussed|avoid)\\b.*")) {
            kind = "Patient Education and Counseling";
        } else {
            kind = "Medical Reasoning";
        }
        return statement("• " + kind + ": " + Utterances.period(Utterances.capitalise(x.strip())),
                RESTATED * partConfidence[t], t);
    }

    // ---- wording helpers ----------------------------------------------------------------------------------

    private String subject() {
        return pronouns == Voice.Pronouns.UNKNOWN ? "the patient" : pronouns.subject();
    }

    private static boolean aboutPatient(String s) {
        return s.toLowerCase(Locale.ROOT).matches(".*\\b(you|your|you're|you've)\\b.*");
    }

    private static String stripDoctorLead(String s) {
        return s.replaceAll("(?i)^(?:so |and |okay |alright |now |um |well |yeah |all right )+", "")
                .replaceAll("(?i)^(?:i know (?:that )?|i see (?:that )?|it looks like |it sounds like |i understand "
                        + "(?:that )?|i heard (?:that )?|i read (?:that )?)", "").strip();
    }

    /** A restated sentence that opens with a subject reads as a clause ("reports that he…"); else a phrase ("reports slight cramps"). */
    private static final Pattern CLAUSE = Pattern.compile("(?i)^(?:he|she|they|it|it's|we|there|this|that|these|"
            + "those|his|her|their|our|the|a|an|everything|nothing|something|someone|everyone|one|both|all|each|"
            + "mr|mrs|ms|dr|the patient)\\b");

    /** Spoken lead-ins ("yes, …", "well, …"); a bare "no" only with its comma, so "no blood" keeps its "no". */
    private static final Pattern PATIENT_LEAD = Pattern.compile("(?i)^(?:(?:so|and|okay|ok|alright|well|yeah|yes|yep|"
            + "oh|um|uh|you know|like|i mean|honestly|actually|but|right|sure|mm-hmm|uh-huh)\\b,?\\s+"
            + "|(?:no|nope),\\s*)+");

    private static String stripPatientLead(String s) {
        return PATIENT_LEAD.matcher(s).replaceFirst("").strip();
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static String capitaliseWords(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Utterances.capitalise(w));
        }
        return b.toString();
    }

    static String list(Set<String> items, String conjunction) {
        List<String> l = new ArrayList<>(items);
        if (l.size() == 1) {
            return l.get(0);
        }
        return String.join(", ", l.subList(0, l.size() - 1)) + ", " + conjunction + " " + l.get(l.size() - 1);
    }

    private Statement statement(String text, double confidence, int t) {
        return new Statement(text, Math.round(Math.min(1, confidence) * 100) / 100.0,
                List.of(Evidence.transcript(List.of(number(t)))));
    }
}
