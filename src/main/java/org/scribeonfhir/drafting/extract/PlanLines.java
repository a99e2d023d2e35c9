package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.ThirdPerson;
import org.scribeonfhir.drafting.visit.Pronouns;

/**
 * The plan lines one sentence of the clinician's plan holds: tests ordered, referrals, follow-up,
 * return precautions, advice, conditional steps ("if it is not better, we will get an MRI"), and the
 * clinician's reasoning, each in the note's words.
 */
final class PlanLines {

    record Line(String kind, String text) {
    }

    static final Pattern ORDER = Pattern.compile("(?i)\\b(?:order|ordering|get|getting|check|checking|request|requesting|"
            + "arrange|arranging|schedule|repeat|send (?:you|him|her) (?:for|to get)|do|draw|obtain|run|(?:i|we)(?:'d| would) "
            + "(?:also )?like (?=(?:a|an|some|the|bloods|blood tests?|blood work)\\b)|(?:i|we) (?:want|need)(?= (?:a|an|some|"
            + "the|bloods)\\b))\\b");
    /** Therapies started in the plan are referrals: "start physical therapy", "set you up with CBT". */
    private static final Pattern THERAPY = Pattern.compile("(?i)(?:\\b(?:start|begin|do|get (?:you|him|her) (?:into|in "
            + "with|started (?:with|on|in))|set (?:you|him|her) up (?:with|for)|go to|try|recommend|sign (?:you|him|"
            + "her) up for)\\s+|^)(?:some |a course of )?(physical therapy|physiotherapy|pt|physio|occupational therapy|"
            + "cognitive behavioral therapy|cbt|therapy|counseling|pulmonary rehab(?:ilitation)?|cardiac "
            + "rehab(?:ilitation)?|speech therapy)\\b(?:,?\\s+(for [a-z ,]{3,70}?))?(?=[,.;]|$| i'll| we'll)");
    private static final Pattern PROCEDURE = Pattern.compile("(?i)\\b((?:a |an |the )?(?:(?!(?:you|him|her|me|us|them|"
            + "give|get|do|a|an|the)\\b)[a-z-]+ ){0,3}?(?:injection|"
            + "aspiration|drainage|splint|cast|brace|sling|stitches|sutures|excision|removal|nebulizer|neb treatment|"
            + "breathing treatment|iv fluids|fluids by iv|liter of (?:iv )?fluids?|crutches|boot|ice pack|"
            + "wart freeze|cryotherapy|incision)(?: (?:into|in|on|for|to) (?:the |your |his |her )?[a-z ]{3,25})?)");
    private static final Pattern ORDER_OR_FUTURE = Pattern.compile("(?i)\\b(?:do|give|perform|schedule|place|put|"
            + "use|get|start|going to|let's|we'll|i'll|i'd like to|want to|recommend)\\b");
    static final Pattern STATUS = Pattern.compile("(?i)\\b(well[- ]controlled|under (?:good )?control|"
            + "controlled|stable|improving|improved|getting better|better|worse|worsening|not (?:well )?controlled|"
            + "uncontrolled|resolved|doing (?:well|great|a good job|fine))\\b");
    private static final Pattern REASONING = Pattern.compile("(?i)\\b(?:likely|probably|unlikely|suspect|consistent "
            + "with|reassur\\w*|ruled out|rule out|would allow|allows? us|so that|which means|because|since|given|"
            + "(?:it|this|that) (?:could|might) be)\\b");
    /** "We could do an EGD": an option discussed, not an order. */
    static final Pattern OPTION = Pattern.compile("(?i)\\b(?:(?:we|you|i) (?:could|can|might) (?:also )?(?:do|get|"
            + "try|consider|order|go ahead(?! and (?:order|send|get|put|draw|check)))|(?:one|the other|another) option|"
            + "options? (?:is|are|would be)|alternatively)\\b");
    private static final Pattern THINK = Pattern.compile("(?i)^(?:i )?(?:think|believe|suspect|feel|am worried|'m worried|"
            + "am concerned|'m concerned)(?: that)?\\s+(.+)$");
    private static final Pattern META = Pattern.compile("(?i)\\b(?:talk about|go over|let's discuss|discuss (?:my|the|"
            + "your) (?:assessment|plan)|my assessment and (?:my )?plan|any questions|does that sound|sound good|"
            + "nice to see|good to see|take care|have a good|bye|feel better|good luck|see you (?:later|soon|around)|congratulations|"
            + "thank you|thanks|little pinch|cleaning the skin|all done|here we go|you're all set|tell me (?:a little|"
            + "more|about)|know (?:if|whether) you(?:'ve| have)? (?:read|heard))\\b");
    static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:i'm going to|i am going to|we're going to|"
            + "we are going to|i'll|we'll|i will|we will|let's|lets|i want to|i(?: would|'d) (?:also )?like to|"
            + "we need to|we should|going to)\\s+(?:go ahead and\\s+)?");

    private static final Pattern NO_MORE = Pattern.compile("(?i)\\b(?:i )?(?:don't|do not) think (?:we|you|she|he) "
            + "(?:need|have) to (?:do |get )?(?:any )?(?:more|further|additional|other) (workup|work up|imaging|testing|"
            + "tests|treatment)|\\bno (?:more|further) (workup|work up|imaging|testing) (?:is )?(?:needed|necessary)");
    private static final Pattern RESULTS_CALL = Pattern.compile("(?i)\\b(?:be in touch|get back to you|call you|"
            + "let you know|reach out|contact you|touch base)\\b.*\\bresults?\\b");
    private static final Pattern MANEUVER = Pattern.compile("(?i)^(?:(?:i want you to|i'd like you to|can you|could "
            + "you|go ahead and|i'm going to|i'll|let me|now|just)\\s+)*(?:squeeze|push|pull|bend|straighten|lift|"
            + "raise|turn|follow my|relax|lie back|stand up|sit up|move|point|make a fist|spread|resist|press|touch|"
            + "tap)\\b.*\\b(?:your|my|both|each) (?:hands?|fingers?|arms?|legs?|knees?|feet|foot|toes?|wrists?|elbows?|"
            + "shoulders?|neck|head|eyes?|ankles?|hips?|thumbs?)\\b");
    /** Advice said as a command: "stay hydrated", "avoid ibuprofen", "keep it elevated". */
    private static final Pattern IMPERATIVE = Pattern.compile("(?i)^(?:stay|avoid|keep|drink|eat|use|take|try|make sure|"
            + "remember|don't|do not|limit|cut (?:back|down)|cut (?:the |your )?[a-z]+ (?:back|down|out)|rest|ice|elevate|apply|wear|wash|get plenty|hold off|"
            + "stop (?:eating|drinking|smoking|using|the (?:energy drinks?|sodas?|soda|alcohol|caffeine))|get down to|"
            + "taper|watch|check your|weigh yourself|monitor|walk|exercise|sleep|"
            + "continue to|no (?:more|heavy|lifting|driving|contact|alcohol|caffeine)|"
            // "no lasting harm": an -ing adjective is not an activity advised against
            + "no (?!(?:lasting|underlying|worrying|concerning|alarming|ongoing|remaining|lingering|existing)\\b)"
            + "[a-z]+ing)\\b");
    /** "Keep it dry …, a thin layer of Vaseline": care whose verb is not what is done with the drug it names. */
    private static final Pattern CARE_VERB = Pattern.compile("(?i)^(?:keep (?!taking|using|on\\b|going)|wash|ice|rest|"
            + "elevate|wear|drink|eat|stay (?!on\\b)|sleep|walk|exercise|watch|weigh yourself|get plenty)\\b");
    /** Care the plan asks of the patient: therapy, diet, exercise, quitting, written plans, hydration. */
    private static final Pattern CARE = Pattern.compile("(?i)\\b(?:therapy|exercises?|stretch\\w*|diet|salt|sodium|"
            + "fluids|hydrat\\w*|water|smok\\w*|quit\\w*|alcohol|caffeine|sleep|screens?|weight|walking|rest|ice|"
            + "heat|elevat\\w*|brace|crutches|action plan|safety plan|crisis|988|911|school|work note|driving|drive|"
            + "empty stomach|before breakfast|with food|portal|diary|log|write (?:it )?down|cuff|chemo\\w*|radiation|"
            + "immunotherapy|dialysis|infusions?)\\b");
    /** The clinician examining, not planning: "I'll have you flex your knee, is that painful". */
    private static final Pattern EXAMINING = Pattern.compile("(?i)\\b(?:flex|extend|bend|straighten|squeeze|push|"
            + "pull|press|kick|take a (?:deep )?breath|look at|listen to|listening|does (?:that|this|it) hurt|is (?:that|this|it) "
            + "(?:painful|tender|sore)|examine|feel (?:your|for))\\b");
    /** Instructions to the scribe and leave-taking: "please summarize…", "I'll walk you out to the front desk". */
    private static final Pattern DICTATION = Pattern.compile("(?i)\\b(?:please (?:summarize|include|list|add|note|"
            + "document|put)|in the (?:plan|assessment),? (?:please )?(?:include|add|summarize|list)|let's list|"
            + "walk (?:you|him|her) (?:out|over)|check-?out desk|front desk|any questions for me)\\b");
    /** The dictated decision: "patient elected to self-monitor her symptoms and will call with any change". */
    private static final Pattern DECIDED = Pattern.compile("(?i)^(?:the )?patient (?:elected|agreed|agrees|declined|"
            + "declines|prefers|wishes|wants|will|is going to|understands|verbalized|opted|chose)\\b");
    /** "The lower dose because of your reflux": a reason without its statement. */
    private static final Pattern REASON_FRAGMENT = Pattern.compile("(?i)^(?:the|a|an|that|this) [a-z ]{2,40}\\b"
            + "because\\b");
    /** "Because you're so tired," split from "I'd like some bloods": why, without what it is the reason for. */
    private static final Pattern WHY_ONLY = Pattern.compile("(?i)^\\W*(?:(?:and|so|but)\\W+)?(?:because|since|given)\\b"
            + "[^,;:]{0,80}\\W*$");
    /** "For work, if you can, take…": the setting of the advice, kept as its lead. */
    private static final Pattern SETTING = Pattern.compile("(?i)^(for|at|with) (work|school|sports|exercise|sleep|"
            + "your diet|the pain)[,:]\\s+(?:if (?:you|he|she) can[,]?\\s+)?");
    /** What a drug does or takes: "it can make you sleepy", "takes 4 to 6 weeks to work" (not "I can give you"). */
    private static final Pattern EFFECT = Pattern.compile("(?i)(?<!\\b(?:i|we) )\\b(?:can|may|might|could|will|often|"
            + "sometimes) "
            + "(?:make|cause|give|upset|raise|lower|thin|irritate|sting|dry out|stain)\\b|\\bside effects?\\b|"
            + "\\btakes? (?:about )?\\d+ (?:to \\d+ )?"
            + "(?:days|weeks) to\\b");
    /** What the drug the sentence opens with does: "sertraline increases the serotonin…". */
    private static final Pattern MECHANISM = Pattern.compile("(?i)^\\W*(?:the )?[a-z-]+(?: [a-z-]+)? (?:usually |also |"
            + "just )?(?:" + DrugPronoun.ACTS + ")\\b");
    /**
     * "It used to be, but it doesn't help", "Not today, not with a fever.", "Better, but still a bit above normal.":
     * a reply whose subject the other speaker said; copied alone it says nothing.
     */
    private static final Pattern ELLIPTICAL = Pattern.compile("(?i)^(?:(?:it|that|they)(?:'s| is| are| was| were)?"
            + "(?: (?:still|already|also))?(?: used to be| can be| could be| might be| may be| does| did| can| could| "
            + "will| is| was| has| have)?|not (?:now|today|tonight|tomorrow|yet|really|at the moment|anymore|any "
            + "more|this week|for now)|better|worse|the same|no apology needed)\\s*[,.!;]");
    private static final Pattern DOSE = Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)? ?(?:mg|mcg|g|units|ml|puffs?|tablets?)\\b");
    private static final Pattern CONTENT = Pattern.compile("(?i)\\b(?!(?:will|go|ahead|the|and|to|of|a|an|that|this|it|"
            + "with|for|from|advised|care|team|clinician|clinic|patient|then|there|here|now|so|just|do|get|be)\\b)"
            + "[a-z]{3,}\\b");

    private PlanLines() {
    }

    /** A line worth writing has at least two words of its own beyond "will", "go ahead" and the like. */
    static boolean substantial(String text) {
        Matcher m = CONTENT.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n >= 2;
    }

    static List<Line> of(String sentence, boolean mentionsDrug, Pronouns p, org.scribeonfhir.drafting.lexicon.Vocabulary v) {
        List<Line> out = lines(sentence, mentionsDrug, p, v);
        out.removeIf(l -> !substantial(l.text()));
        return out;
    }

    private static List<Line> lines(String sentence, boolean mentionsDrug, Pronouns p,
            org.scribeonfhir.drafting.lexicon.Vocabulary v) {
        List<Line> out = new ArrayList<>();
        String s = Phrasing.hedges(Phrasing.lead(sentence)).strip();
        s = PlanNoise.toThePatient(s);
        if (s == null) {
            return out; // the companion's own care ("paracetamol for your own throat, Dad"), not the patient's
        }
        s = SpokenTopic.unfold(s);
        // "Here's his urine dip, doctor.": a nurse speaking to the doctor, not the plan
        if (s.isEmpty() || s.matches("(?is)^doctor,.*|.*,\\s*doc(?:tor)?\\W*$") || META.matcher(s).find()
                && !ORDER.matcher(s).find() && !PlanWording.FOLLOW_UP.matcher(s).find() && Referrals.of(s) == null
                || DICTATION.matcher(s).find() || PlanNoise.examRequest(s)
                // "…call us back straightaway so we can advise you further with that": a safety-net, not cut off
                || Phrasing.DANGLING.matcher(s).find() && !Precautions.PRECAUTION.matcher(s).find()
                || Cues.COUNTERFACTUAL.matcher(s).find()) {
            return out;
        }
        String weighed = RuledOut.weighed(s, v);
        if (weighed != null) {
            out.add(new Line("reasoning", weighed));
            return out;
        }
        if (WHY_ONLY.matcher(s).matches() || PlanNoise.defines(s, v)) {
            return out;
        }
        if (MANEUVER.matcher(s).find() && !s.matches("(?is).*\\b(?:at home|times|a day|daily|exercises?)\\b.*")) {
            return out; // "squeeze both hands", "push your leg out against my hand": the exam, not the plan
        }
        if (DECIDED.matcher(s).find()) {
            out.add(new Line("counselling", PlanWording.voice(s, p)));
            return out;
        }
        Matcher setting = SETTING.matcher(s);
        if (setting.find()) {
            String lead = Character.toUpperCase(setting.group(1).charAt(0)) + setting.group(1).substring(1)
                    .toLowerCase(Locale.ROOT) + " " + setting.group(2).toLowerCase(Locale.ROOT) + ": ";
            List<Line> inner = lines(s.substring(setting.end()), mentionsDrug, p, v);
            inner.replaceAll(l -> new Line(l.kind(), lead + PlanWording.lowerFirst(l.text())));
            return inner;
        }
        String needless = NotNeeded.line(s, p);
        if (needless != null) {
            out.add(new Line("reasoning", needless));
            return out;
        }
        Matcher none = NO_MORE.matcher(s);
        if (none.find()) {
            out.add(new Line("reasoning", "No further " + none.group(1).toLowerCase(Locale.ROOT).replace("work up",
                    "workup") + " is needed at this time."));
            return out;
        }
        String cond = PlanRegister.conditional(s);
        String certificate = cond == null ? PlanWording.certificate(s) : null;
        if (certificate != null) {
            out.add(new Line("treatment", certificate));
            return out;
        }
        if (RESULTS_CALL.matcher(s).find()) {
            out.add(new Line("treatment", "Will follow up with the patient on the results."));
            return out;
        }
        if (cond != null && !Precautions.PRECAUTION.matcher(s).find()) {
            out.add(new Line("conditional", PlanWording.voice(cond, p).replaceFirst("(?i)^if (?:that|it|this)(?:'s| is| "
                    + "comes back) (positive|negative|abnormal|normal) ", "If $1, ")));
            return out;
        }
        if (Precautions.PRECAUTION.matcher(s).find()) {
            out.add(new Line("precautions", Precautions.line(s, p)));
            return out;
        }
        Matcher f = PlanWording.FOLLOW_UP.matcher(s);
        while (f.find()) {
            // "…see you back in two weeks and my nurse will call you in one week": a visit and a call
            boolean call = f.group().matches("(?is)^(?:call|ring|phone)\\b.*");
            // "I'd like to see you again if it's not better in a week": only if it is not better
            boolean unless = PlanWording.NOT_BETTER.matcher(f.group()).find();
            out.add(new Line("follow-up", (call ? "Telephone follow-up " : "Follow-up ") + (unless ? "if no better "
                    : "") + "in " + PlanWording.interval(f.group(1)) + "."));
        }
        TestOrders.into(v, s, out);
        Matcher therapy = THERAPY.matcher(s);
        if (therapy.find()) {
            String what = therapy.group(2) == null ? "" : PlanWording.voice(therapy.group(2), p).replaceAll("\\.$", "");
            out.add(new Line("referral", "Referral to " + therapy.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("^pt$", "physical therapy").replaceAll("^cbt$", "CBT") + (what.isEmpty() ? ""
                    : " " + what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1)) + "."));
        }
        Matcher procedure = PROCEDURE.matcher(s);
        if (procedure.find() && (ORDER_OR_FUTURE.matcher(s.substring(0, procedure.start() + 1)).find()
                || s.substring(procedure.end()).matches("(?is)^\\s*is all (?:he|she|you|they) needs?\\b.*"))) {
            String when = s.substring(procedure.end()).matches("(?is).*\\btoday\\b.*") ? " today" : "";
            String what = PlanWording.voice(procedure.group(1).replaceFirst("(?i)^(?:a|an|the) ", "")
                    .replaceFirst("(?i)^liter\\b", "1 liter"), p).replaceAll("\\.$", "");
            boolean give = s.toLowerCase(Locale.ROOT).matches("(?s).*\\bgiv(?:e|ing)\\b.*");
            out.add(new Line("procedure", Phrasing.finish((give ? "Give " + PlanWording.lowerFirst(what) : what) + when)));
        }
        String disposition = Disposition.of(s);
        String referral = disposition == null ? Referrals.of(s) : null;
        if (disposition != null) {
            out.add(new Line("disposition", disposition));
        }
        if (referral != null) {
            out.add(new Line("referral", referral));
        }
        String asked = s.replaceFirst("(?i)^please\\s+", ""); // "please cut back on caffeine"
        if (out.isEmpty() && mentionsDrug && PlanNoise.drugOnly(asked)) {
            return out; // "Keep the atorvastatin.", "No more hydrochlorothiazide.": the medication's own line says it
        }
        if (out.isEmpty() && IMPERATIVE.matcher(asked).find() && (!mentionsDrug || asked.toLowerCase(Locale.ROOT)
                .matches("(?s)^(?:avoid|don't|do not|no|limit|stop)\\b.*") || CARE_VERB.matcher(asked).find()
                && !DOSE.matcher(asked).find())) {
            String told = PlanWording.voice(asked, p);
            String no = told.replaceFirst("(?is)^(?:don't|do not) (.*)", "Advised not to $1") // "no more than 3 g"
                    .replaceFirst("(?is)^no ([a-z]+ing|more than)\\b", "Advised no $1");
            out.add(new Line("counselling", !no.equals(told) ? no : "Advised to " + PlanWording.lowerFirst(told)));
            return out;
        }
        if (out.isEmpty() && mentionsDrug && (EFFECT.matcher(s).find() || MECHANISM.matcher(s).find())
                && !DOSE.matcher(s).find()) {
            out.add(new Line("counselling", "Counseled that " + PlanWording.lowerFirst(PlanWording.voice(s, p))));
            return out;
        }
        if (!out.isEmpty() || mentionsDrug || ELLIPTICAL.matcher(s).find()) {
            return out;
        }
        String advised = PlanWording.advice(s, p);
        if (advised != null) {
            out.add(new Line("counselling", advised));
            return out;
        }
        Matcher think = THINK.matcher(s);
        if (think.find()) {
            out.add(new Line("reasoning", PlanWording.likely(PlanWording.voice(think.group(1), p))));
            return out;
        }
        if (STATUS.matcher(s).find() && !s.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:like|want|hope) to see\\b.*")) {
            out.add(new Line("reasoning", PlanWording.voice(s, p)));
            return out;
        }
        if (!DOSE.matcher(s).find() && !EXAMINING.matcher(s).find() && !REASON_FRAGMENT.matcher(s).find()
                && !PlanNoise.heading(s)
                && (!v.find(s, Term.Kind.values()).isEmpty()
                || CARE.matcher(s).find())) {
            out.add(new Line(REASONING.matcher(s).find() ? "reasoning" : FUTURE.matcher(s).find()
                    || ORDER.matcher(s).find() ? "treatment" : "counselling", PlanWording.voice(s, p)));
        }
        return out;
    }
}
