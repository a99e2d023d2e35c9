package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;

/**
 * Symptom words that are not a complaint where they are said: an idiom ("fall asleep"), weight lost on purpose,
 * a worry about a disease ("panicking that it's mono"), a night woken by another symptom ("waking up coughing"),
 * breath lost running for the phone.
 */
final class NotComplaints {

    /** "I haven't been any more thirsty": more than usual, compared (a denial), not "no more pain" since. */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\w+(?:y|ed|less|en)");
    /** "i just forget because it's at night and i'm tired": why a dose is missed, not a complaint. */
    private static final Pattern EXCUSE = Pattern.compile("(?i)\\b(?:forget|forgot|miss|missed|skip|skipped)\\b[^.]*"
            + "\\b(?:because|since|cause)\\b[^.]*$");
    /** Idioms: "fall asleep", "sick of", "pain in the neck" as a person, "a bloody nightmare", "confused with". */
    private static final Pattern IDIOM = Pattern.compile("(?i)(?:falls?|fell|falling) (?:asleep|back|apart|behind|"
            + "through|in love)\\b|sick (?:of|and tired)\\b|(?:a |such a )?pain in the (?:neck|butt)\\b|"
            + "(?:broke|break|breaking|broken) out (?:into|in) (?:a )?(?:cold )?sweats?\\b"
            // "I get confused with the old prescription": mixing up doses, not confusion
            + "|(?:(?:gets?|got|getting) )?confused (?:with|about|by|between) (?:the|my|his|her|which|what|all)\\b");
    /** "I just can't fall…" (asleep, cut off): sleep, not a fall. */
    private static final Pattern CANNOT = Pattern.compile("(?is).*\\b(?:can't|cannot|can not|couldn't|could not|"
            + "unable to|trouble|hard to|able to|try to|trying to)\\s+(?:(?:can't|just)\\s+)*$");
    /** "My heart goes off racing, like a drum kit falling down the stairs": a picture of it, not a fall. */
    private static final Pattern PICTURED = Pattern.compile("(?i)\\blike (?:a|an|the|someone|somebody) "
            + "(?:[a-z]+ ){0,3}$");
    /** "I've been panicking that it's that": a worry about a disease, not panic attacks. */
    private static final Pattern WORRY = Pattern.compile("(?i)(?:panicking|panicked|panicky|freaking out|freaked out|"
            + "worrying|worried|scared)\\s+(?:that|it's|it is|it was|it might|it could|about (?:it|that|this))\\b");
    /** "I've lost nine pounds, which I'm happy about": weight lost on purpose is not a complaint. */
    private static final Pattern WANTED = Pattern.compile("(?i)\\b(?:happy|glad|pleased|proud|on purpose|trying to|"
            + "been trying|intentional(?:ly)?|dieting|diet|working on|goal|cutting back on)\\b");
    /** "He's been waking up coughing at night": the cough wakes him, he does not sleep badly. */
    private static final Pattern WOKEN_BY = Pattern.compile("(?i)^\\S+(?:\\s+\\S+){0,4}?\\s+(?:coughing|wheezing|"
            + "wheezy|choking|gasping|sweating|in pain|with (?:pain|a cough|cramps|heartburn)|to (?:pee|urinate|"
            + "the toilet|the bathroom))\\b");

    /** "How's work?" "Manic.": a busy week, not mania. */
    private static final Pattern BUSY = Pattern.compile("(?i)^\\W*(?:(?:it's|it is|it's been|work's|work is|been)\\s+)?"
            + "(?:absolutely |pretty |a bit |so |totally )?manic\\W*$|\\b(?:work|shift|week|day|busy|office|shop|"
            + "season)\\b");

    /** "Sorry, I'm all out of breath, I've just run in from the garden": winded by what they just did. */
    private static final Pattern JUST_RUSHED = Pattern.compile("(?i)\\b(?:just|only just) (?:run|ran|rushed|dashed|"
            + "raced|hurried|jogged|sprinted|come up|came up|climbed|walked up)\\b|\\b(?:from|after) (?:running|rushing|"
            + "dashing|racing|hurrying|sprinting) (?:in|up|down|over|to|for|from|around)\\b|\\b(?:i|we) (?:ran|rushed|"
            + "raced|dashed|hurried|hopped|nipped) (?:up the stairs|all the way|in from|over from|here)\\b|\\bjust "
            + "(?:hopped|nipped|popped) (?:up|in|over)\\b|\\b(?:sorry|excuse me|apologies),? (?:i'm|i am) (?:all |a bit "
            + "|so |a little )?(?:sweaty|sweating)\\b"); // "Sorry, I'm all sweaty.": a remark

    /** "I took my temperature this morning": a reading taken, not a fever. */
    private static final Pattern TOOK = Pattern.compile("(?i)\\b(?:took|take|taking|taken|checked|check|checking|"
            + "measured|did|do|doing)\\s+(?:my|his|her|your|the|their|a)\\s+$");

    /** "I sleep on one pillow, always have": the answer that there is no orthopnea. */
    private static final Pattern ONE_PILLOW = Pattern.compile("(?i)\\b(?:one|1|a|single|just the one) pillow\\b");

    /** "…more pillows than usual?" "Same two pillows.": the pillows there always were. */
    private static final Pattern SAME_PILLOWS = Pattern.compile("(?i)\\b(?:same|usual|normal)\\s+$");

    static boolean saysNone(Match m, String text) {
        return m.term().canonical().equals("orthopnea") && (ONE_PILLOW.matcher(m.surface()).find()
                || SAME_PILLOWS.matcher(text.substring(0, m.start())).find());
    }

    private static final Pattern WINDED = Pattern.compile("(?i)dyspn|breath|sweat|diaphor|palpitat");

    /**
     * Words a symptom's phrasing shares with everyday speech, read from the symptom on: "the nosebleed seats", "he'll
     * have to lump it", "it's locked in the gun safe", "hanging the washing out", "carrying stuff up the ladder",
     * "sweat runs down my back", "the running" (the sport), "burning right up here", "the head chef", "tripping over
     * itself" (a heartbeat), "bruised my pride", "the urgency of those blood tests".
     */
    private static final java.util.Map<String, Pattern> EVERYDAY = java.util.Map.ofEntries(
            java.util.Map.entry("epistaxis", Pattern.compile("(?i)nosebleed (?:seats?|section)\\b")),
            java.util.Map.entry("lump", Pattern.compile("(?i)lump it\\b")),
            java.util.Map.entry("joint locking", Pattern.compile("(?i)[\\w']+ locked (?:in|away)\\b")),
            java.util.Map.entry("pallor", Pattern.compile("(?i)washing out\\b")),
            java.util.Map.entry("nasal congestion", Pattern.compile("(?i)stuff up\\b")),
            java.util.Map.entry("fatigue", Pattern.compile("(?i)(?:runs|running) down\\b")),
            java.util.Map.entry("diarrhea", Pattern.compile("(?i)the running\\b")),
            java.util.Map.entry("fever", Pattern.compile("(?i)burning (?:right )?up (?:here|there|in|under)\\b")),
            java.util.Map.entry("headache", Pattern.compile("(?i)the head (?:chef|teacher|nurse|master|mistress|coach|"
                    + "of|office|waiter|gardener|porter)\\b")),
            java.util.Map.entry("falls", Pattern.compile("(?i)tripping over (?:itself|themselves)\\b")),
            java.util.Map.entry("bruising", Pattern.compile("(?i)bruised (?:my|his|her|your|their) (?:pride|ego)\\b")),
            java.util.Map.entry("cyanosis", Pattern.compile("(?i)blue in the face\\b")),
            java.util.Map.entry("urinary urgency", Pattern.compile("(?i)urgency (?:of|for|with which|depends)\\b")));
    /** "like when you miss a step on the stairs", "tender, like a bruise": a picture of the feeling. */
    private static final Pattern LIKE_WHEN = Pattern.compile("(?i)\\blike (?:when (?:you|i|someone|he|she)|a|an) "
            + "$");

    /** "It's like toothache down the leg": a complaint of one place pictured as felt elsewhere. */
    private static final Pattern LIKE = Pattern.compile("(?i)\\blike (?:a |an |having (?:a |an )?)?$");
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)^\\s+(?:down|into|through|across|along|up|round|"
            + "around|in|on)\\s+(?:my|the|his|her|your|their)\\b");
    /** "Seven most of the time, nine when I sneeze": what sets the pain off, not a complaint of its own. */
    private static final Pattern SETS_OFF = Pattern.compile("(?i)\\w[^.;]*\\b(?:when|whenever|every time|each time) "
            + "(?:i|he|she|you|they)\\s+(?:really |have to |try to |need to )?(?:\\w+\\s+(?:or|and)\\s+)?$");
    private static final Pattern REFLEX = Pattern.compile("(?i)sneez|cough|laugh|yawn|hiccup");
    /** "I was exhausted all the time before I started it, now I'm fine": before the treatment, not now. */
    private static final Pattern BEFORE_STARTED = Pattern.compile("(?i)^[^.;]*\\bbefore (?:i|he|she|we) "
            + "(?:started|began|went on|got on)\\b");
    /** "My hot flashes are going to be unbearable": feared for later, not had now. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\s+(?:are|is|'s|'re) (?:going to|gonna) (?:be|get|come)"
            + "\\b|\\s+will (?:be|get|come)\\b");
    /** "They can make your mood change", "Can give you, a high blood sugar": what a drug may do, counselled. */
    private static final Pattern SIDE_EFFECT = Pattern.compile("(?i)(?:\\b(?:they|it|these|steroids?|tablets?|pills?|"
            + "medicines?|medications?)\\s+|^\\W*)(?:can|may|might|could|will|sometimes)\\s+(?:also\\s+)?(?:come,?\\s+"
            + "(?:they\\s+can\\s+)?)?(?:make|give|cause)\\b");
    /** "They brought it down to five last year when your ankles swelled up": why a dose was changed, a past effect. */
    private static final Pattern CHANGED_WHEN = Pattern.compile("(?i)\\b(?:(?:brought|took|put|cut|turned) (?:it|the "
            + "dose|them|that) (?:down|off|back)|(?:reduced|lowered|stopped|switched|changed) (?:it|the dose|them|that)"
            + ")\\b[^.;]{0,40}\\bwhen (?:your|his|her|my|the|you|he|she|i) (?:\\w+ )?$");
    /** "But you asked me about black stools as something dangerous": the clinician's question recalled, not had. */
    private static final Pattern ASKED_ME = Pattern.compile("(?i)\\byou (?:asked|were asking|warned) (?:me |us |him "
            + "|her )?(?:about|if|whether)\\s+(?:(?:i|he|she|we) (?:had|have|get|got) )?(?:any )?$");
    /** "I get the shakes that bad I'm back at it by teatime": back again, no back. */
    private static final Pattern BACK_AT = Pattern.compile("(?i)\\s+(?:at it|to (?:it|work|normal|the pub|drinking|"
            + "bed|sleep)|home|again|on (?:it|the drink|them)|into it)\\b");
    /** "Because of the pain, you can't hold it": a glass, unless the sentence speaks of urine. */
    static boolean heldNotUrine(Match m, String text) {
        return m.term().canonical().equals("urinary urgency") && HOLD_IT.matcher(m.surface()).matches()
                && !URINE.matcher(text).find();
    }

    private static final Pattern HOLD_IT = Pattern.compile("(?i)can't hold it|cannot hold it|couldn't hold it");
    private static final Pattern URINE = Pattern.compile("(?i)\\b(?:pee|wee|urine|urinate|bladder|toilet|loo|"
            + "bathroom|water|wet)\\b|\\b(?:have to|need to|got to|gotta) go\\b");
    /** "Only when I turn over, it catches me": a twinge of the pain, not a joint that catches. */
    private static final Pattern CATCHES_ME = Pattern.compile("(?i)^it catches (?:me|him|her|you|them)\\b");

    /** "I stopped in the fall", "last fall", "spring through fall": autumn. */
    private static final Pattern SEASON = Pattern.compile("(?i)\\b(?:(?:in|during|since|by|until|till) the|this|last|next|"
            + "(?:spring|summer|winter)\\W+(?:through|to|till|until|and|or)|(?:through|until|till) the)\\s+$");

    private NotComplaints() {
    }

    /** Whether the symptom matched at {@code m} in {@code text} is no complaint of the patient's. */
    static boolean of(Match m, String text) {
        String before = text.substring(0, m.start());
        String from = text.substring(m.start());
        String name = m.term().canonical();
        // "sharp, worse lying flat, I had to sleep sitting up": the pain's position, no breathlessness lying flat
        return IDIOM.matcher(from).lookingAt() || WORRY.matcher(from).lookingAt()
                || name.equals("orthopnea") && PAIN.matcher(text).find() && !BREATH.matcher(text).find()
                || name.equals("unintentional weight loss") && WANTED.matcher(text).find()
                || before.matches("(?is).*\\b(?:nearly|almost)\\s+$")
                // "that's from the hurling": the sport
                || m.surface().equalsIgnoreCase("hurling") && before.matches("(?is).*\\b(?:the|playing|play|at|from|"
                + "after)\\s+$")
                // "Throat feels thick. Like there's a lump.": how the throat feels, no lump found
                || name.equals("lump") && before.matches("(?is).*\\blike (?:there's|there is|i've got|i have|i had|"
                + "there was) (?:a |an )?$")
                || name.equals("nightmares") && before.matches("(?is).*\\b(?:such )?an?,?\\s+(?:(?:absolute|"
                + "total|complete|bloody|real|right|living|utter),?\\s+)?$") // "halls are a, bloody nightmare"
                || name.equals("falls") && (CANNOT.matcher(before).matches() || PICTURED.matcher(before).find()
                || SEASON.matcher(before).find() && m.surface().equalsIgnoreCase("fall"))
                || Negation.noMore(text, m.start()) && !COMPARED.matcher(m.surface()).matches()
                || EXCUSE.matcher(before).find()
                || name.equals("insomnia") && WOKEN_BY.matcher(from).lookingAt()
                || WINDED.matcher(name).find() && JUST_RUSHED.matcher(text).find()
                || name.equals("fever") && m.surface().matches("(?i)temp(?:erature)?s?") && TOOK.matcher(before).find()
                || name.equals("elevated mood") && m.surface().equalsIgnoreCase("manic") && BUSY.matcher(text).find()
                || AS_ALWAYS.matcher(from).find() || SO_NO.matcher(from).find()
                || NOTHING_ELSE.matcher(before).find()
                || !SymptomSites.SITED.contains(name) && LIKE.matcher(before).find()
                && ELSEWHERE.matcher(text.substring(m.end())).find()
                || REFLEX.matcher(name).find() && SETS_OFF.matcher(before).find()
                || CATCHES_ME.matcher(from).find()
                || heldNotUrine(m, text)
                || SIDE_EFFECT.matcher(before).find() || CHANGED_WHEN.matcher(before).find()
                || ASKED_ME.matcher(before).find() || before.matches("(?is).*\\bthe same (?:old )?$")
                || name.contains("back pain") && m.surface().matches("(?is).*\\b(?:i'm|im|i am|he's|she's|we're|they're|you're|get|got|go|went|"
                + "come|came|be|was|were|is|are) back") && BACK_AT.matcher(text
                .substring(m.end())).lookingAt()
                || FUTURE.matcher(text.substring(m.end())).lookingAt() || BEFORE_STARTED.matcher(from).find()
                || EVERYDAY.containsKey(name) && EVERYDAY.get(name).matcher(from).lookingAt()
                || (name.equals("falls") || name.equals("bruising")) && LIKE_WHEN.matcher(before).find()
                || name.equals("headache") && from.matches("(?is)^the heads?\\b.*")
                && (HEAD_TEACHER.matcher(before).find() || KNOCKED_ON.matcher(before).find());
    }

    /**
     * "omeprazole for heartburn, 20 once a day", "the heartburn pill": what a drug is for, not a complaint today; nor
     * is what a drug did, said with it ("I'll note it: nausea on atomoxetine, stopped by you").
     */
    static boolean indication(Context c, Match m, String text) {
        String before = text.substring(0, m.start());
        Matcher on = ON_DRUG.matcher(text.substring(m.end()));
        if (on.lookingAt() && !c.vocabulary.find(org.scribeonfhir.drafting.lexicon.Term.Kind.DRUG, on.group(1))
                .isEmpty()) {
            return true;
        }
        return FOR_IT.matcher(before).find() && (c.vocabulary.find(org.scribeonfhir.drafting.lexicon.Term.Kind.DRUG,
                before).stream().anyMatch(d -> m.start() - d.end() <= 30) || DOSE_FOR.matcher(before).find())
                || DRUG_FORM.matcher(text.substring(m.end())).lookingAt();
    }

    private static final Pattern PAIN = Pattern.compile("(?i)\\b(?:pain|sharp|ache|aching|hurts?|sore)\\b");
    private static final Pattern BREATH = Pattern.compile("(?i)\\b(?:breath\\w*|breathless\\w*|winded|gasp\\w*|"
            + "suffocat\\w*|air)\\b");
    /** "nausea on atomoxetine, stopped by you": a past drug's effect, the drug since stopped. */
    private static final Pattern ON_DRUG = Pattern.compile("(?i)\\s+on (?:the )?([a-z][a-z-]+)\\b,?\\s+(?:(?:which|"
            + "that) (?:you|she|he|they) )?(?:stopped|before|previously|in the past|back then|years ago)\\b");
    private static final String FOR_WHAT = "(?:for (?:my |his |her |the |your |their )?|whenever (?:he|she|i|you|they) "
            + "(?:has|have|gets?) (?:a )?)$"; // "he takes Crocin whenever he has fever"
    /** "for my heartburn", "for her hay fever": said before a symptom, what something is for. */
    static final Pattern FOR_IT = Pattern.compile("(?i)\\b" + FOR_WHAT);
    /** "Yeah, fifty milligrams for anxiety": the drug the question named, by its dose. */
    private static final Pattern DOSE_FOR = Pattern.compile("(?i)\\b(?:mg|milligrams?|mcg|micrograms?)\\s+"
            + "(?:[a-z]+\\s+){0,3}?" + FOR_WHAT);
    private static final Pattern DRUG_FORM = Pattern.compile("(?i)\\s+" + DrugEffects.DRUG_NOUN + "\\b");

    /** "How's the stream?" "Weak, really weak.": the stream is weak, not the patient. */
    static boolean describesAsked(Match m, org.scribeonfhir.drafting.speech.Utterance asked) {
        return asked != null && m.term().canonical().equals("generalized weakness")
                && FLOW.matcher(asked.text()).find();
    }

    private static final Pattern FLOW = Pattern.compile("(?i)\\b(?:stream|flow)\\b");

    /** "I'll let the head know I'm leaving": the head teacher, told something, not a headache. */
    private static final Pattern HEAD_TEACHER = Pattern.compile("(?i)\\b(?:let|tell|told|telling|ask|asked|ring|rang|"
            + "call|called|email|emailed|speak to|spoke to|talk to|talked to|see|saw|meet|met|with)\\s+$");

    /** "so I knocked it on the head": gave it up, no blow to the head. */
    private static final Pattern KNOCKED_ON = Pattern.compile("(?i)\\b(?:knock|knocked|knocking) (?:it|that|this|them) "
            + "on\\s+$");

    /** "She's talking nonstop, singing, bouncing off the walls like always": how the child always is. */
    private static final Pattern AS_ALWAYS = Pattern.compile("(?i)^[^.;]{0,60}?\\b(?:like always|as always|as usual|"
            + "same as always|like (?:she|he) always (?:is|does)|(?:her|his|their) usual self|(?:the )?same as ever|"
            + "(?:it |that )?always has been|no different (?:to|from|than) (?:usual|normal))\\b");

    /** "She's been talking nonstop since six a.m., so no.": told as the reason for a no, no complaint. */
    private static final Pattern SO_NO = Pattern.compile("(?i)^[^;?]{0,80}?,?\\s+so,? no\\W*$");

    /** "I sat down on my bum. Nothing else hurts.": other places than the complaint, none of them named. */
    private static final Pattern NOTHING_ELSE = Pattern.compile("(?i)\\b(?:nothing|nowhere|no ?where) else\\s+$");

    private static final Pattern PRIOR = Pattern.compile("(?i)\\b(?:previous|previously|prior)\\b");
    private static final Pattern HABITUAL = Pattern.compile("(?i)\\b(?:usually|normally|typically)\\b");

    /**
     * A mention that says nothing of today: "No previous abdominal pains before this" (earlier episodes), "no runny
     * nose, that's what's weird, usually she's a snot machine" (what is usual, after today's denial).
     */
    static boolean notToday(Presence p, Match m, String text, String before, List<Match> found) {
        return p == Presence.DENIED && PRIOR.matcher(text).find() || p == Presence.PRESENT
                && HABITUAL.matcher(before).find() && found.stream().anyMatch(x -> x.end() <= m.start()
                && x.term() == m.term() && Negation.ofReply(text, x.start(), x.end()) == Presence.DENIED)
                || p == Presence.PRESENT && USUAL.matcher(text.substring(m.end())).lookingAt() || Traits.of(p, m, before);
    }

    /** "I sleep on two pillows but that's normal for me, always.": how the patient always is, no complaint. */
    private static final Pattern USUAL = Pattern.compile("(?i)^[^.;]{0,25}?\\b(?:that's|that is|it's|which is) "
            + "(?:normal|usual|always been the case) for (?:me|him|her)\\b");

    /** "Any fevers, sweats at night?" "No. Just sweaty from the heat.": the "no" stands, the rest explains it away. */
    private static final Pattern EXPLAINED = Pattern.compile("(?i)^\\W*(?:(?:but|and)\\s+)?(?:just|only)\\b|"
            + "\\b(?:that's|it's|that is|it is) (?:just|only)\\b|\\bjust (?:me|from|because|the heat|being)\\b"
            + "|\\bbut (?:that's|it's|they're) from\\b"); // "Sometimes bruises on my legs, but that's from hurdles."

    /** "Any rash?" "No, just that drool rash on his chin.": the same, in one sentence. */
    private static final Pattern NO_JUST = Pattern.compile("(?i)^\\W*(?:no|nope|nah|not really)\\W+(?:just|only)\\b");

    static boolean explainedAway(Context c, Utterance u, Utterance asked, Presence p, Match m) {
        boolean noJust = NO_JUST.matcher(u.text()).find();
        if (p != Presence.PRESENT || asked == null || !noJust && !EXPLAINED.matcher(u.text()).find()) {
            return false;
        }
        List<Utterance> reply = c.dialogue.ofTurn(u.turn());
        return !reply.isEmpty() && (reply.get(0) != u && Negation.answer(reply.get(0).text()) == Negation.Answer.NO
                || reply.get(0) == u && noJust)
                && LooseSymptoms.find(c.vocabulary, asked.text()).stream().anyMatch(x -> x.term() == m.term()
                || x.term() == SymptomSites.echoed(c, asked.text(), m) // "sweaty" for "sweats at night"
                || x.term() == SymptomSites.askedAs(c, asked.text(), m.term(), u)); // "bruises" for "bruise easily"
    }

    /** "Will it make me drowsy?", "Could he get dizzy on the new one?", "will I be up all night?": what might come. */
    private static final Pattern WILL_IT = Pattern.compile("(?i)\\b(?:will|would|does|can|could|is) (?:it|that|this|"
            + "they|those) (?:make|give|cause|going to make)\\b|\\b(?:will|would|could|might|may) (?:i|he|she|they|we)"
            + " (?:still )?(?:get|be|feel|become|end up)\\b|\\b(?:am|is) (?:i|he|she) going to (?:get|be|feel)\\b");

    /** A question of what might come, asked by the patient or a companion: no complaint they have. */
    static boolean mightCome(String text) {
        return WILL_IT.matcher(text).find();
    }
}
