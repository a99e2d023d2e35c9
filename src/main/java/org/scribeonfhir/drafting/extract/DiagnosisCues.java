package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * The words around a condition that decide whether a clinician stated it as the diagnosis ({@link Diagnoses}): the
 * verbs and leads of an assessment, hedges, and what makes it hypothetical, a test's target or a qualifier.
 */
final class DiagnosisCues {

    static final Pattern STATED = Pattern.compile("(?i)\\b(?:is|was|are|has|have|had|'s|'ve|"
            + "(?:looks|sounds|seems)(?: (?:a lot|very much|quite|very|much|more|most|to me))? like|consistent with|"
            + "impression|diagnosis|think|thinking|probably|likely|suspect|that's|this is|it's|dealing with|"
            + "(?:you're|you are|(?:she|he)'s|(?:she|he) is) (?:experiencing|suffering (?:from|with))|going on "
            + "is|causing|caused by|from|for (?:your|the|his|her)|with|"
            + "(?:we|i|i'd|i would) call (?:it|this|that)|called|known as|points? to|fits?|in keeping with|"
            + "suggestive of|(?:put|chalk) (?:this|it|that|them|all this|all of this) (?:down|up) to|due to|"
            + "secondary to|because of|(?:indicate|suggest|raise)s? the possibility of)\\b");
    static final Pattern TEST_FOR = Pattern.compile("(?i)\\b(?:count|tests?|panel|levels?|screen(?:ing)?|"
            + "bloods?|scan|x-?ray|swab|sample|urine|culture|serology)\\s+(?:to (?:check|look|test) )?for\\s+$");
    static final Pattern UNSURE = Pattern.compile("(?i)\\b(?:think|thinking|wonder|probably|likely|"
            + "(?:looks|sounds|seems)(?: (?:a lot|very much|quite|very|much|more|most|to me))? like|suspect|impression|"
            + "consistent with|possible|most likely|suspected|presumed|probable|"
            // "we treat it as a scaphoid fracture until proven otherwise": a working diagnosis, not a confirmed one
            + "treat(?:ing)? (?:it|this|that) as)\\b");
    /** "it sounds like it might be some, an infectious gastroenteritis": the hedge of an impression, not a maybe. */
    static final String IT_MIGHT_BE = " it (?:might|may|could) be(?:,? some,?)?";
    /** "it looks like, it's just a viral infection": what it is, after the lead. */
    static final String IT_IS_JUST = ",? (?:it's|it is|this is|that's)(?: just| only| probably)?";
    /** "I wonder whether you may have something called dermatitis": an impression, not a maybe. */
    static final String WONDER_MAY_HAVE = "i wonder (?:whether|if) (?:you|he|she) (?:may|might|could) have(?: got)?"
            + "(?: something called)?";
    static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:if|unless|as soon as|for example|"
            + "for instance|let's say|"
            + "rule (?:\\w+ )?out|"
            + "ruling (?:\\w+ )?out|exclude|"
            + "excluding|excluded|not (?:to )?miss|(?:the|a|my|main) concern (?:is|would be|with)|worry|"
            + "worried|concern(?:ed)? (?:about|for)|prevents?|protects? against|avoid|never|someone|anyone|somebody|"
            + "(?<!like it )(?:could|might|may) be|(?<!wonder (?:whether|if) (?:you|he|she) )(?:could|might|may) "
            + "(?:(?:have|get|develop) something called|get|"
            + "develop|"
            + "end up with|go on to)|possibly|in case|"
            + "make sure|check(?:ing)? "
            + "for|look(?:s|ing)? for|risk (?:of|for)|prevent|preventing|signs of|screen(?:ing)? for|watch for|history of|"
            + "don't think|do not think|not|no|nothing|none|unlikely|less likely|doesn't look like|isn't|wasn't|"
            + "possible|potential|(?:chance|odds|likelihood) of|tests? for|bloods? for|"
            + "(?:check|test|screen)(?:ed|ing)? (?:him|her|you|them) for|"
            + "differential|etiologies|causes|such as|versus|vs|or|rather than|instead of|as opposed to)\\b");
    static final Pattern IMPRESSION = Pattern.compile("(?i)\\b(?:impression|assessment|diagnosis|summary)\\s*:\\s*"
            + "(?:[a-z]+\\s+){0,2}$");
    static final Pattern POSSIBLE_AFTER = Pattern.compile("(?i)^\\s*(?:is|are)\\s+(?:also\\s+)?(?:a\\s+)?"
            + "(?:possible|possibility)\\b");
    static final Pattern MODIFIER = Pattern.compile("(?i)\\b((?:(?:left|right|bilateral|acute|chronic|mild|"
            + "moderate|severe|viral|bacterial|medial|lateral|uncontrolled|stable)\\s+)+)(?:an?\\s+)?$");

    /** The words just before a condition that make the sentence the clinician's assessment. */
    static final Pattern ASSESSING = Pattern.compile("(?i)(?:(?:^|\\b)(?:this|that|it)(?:'s| is)(?: (?:most "
            + "likely|probably|likely|definitely|clearly|almost certainly|consistent with))?|"
            + "\\b(?:(?:looks|sounds|seems)(?: (?:quite|very much|very|much|most|more))? like(?: (?:you|he|she) (?:might|"
            + "may|probably) have(?: got)?|" + IT_MIGHT_BE + "|" + IT_IS_JUST + ")?|"
            + "consistent with|"
            + "my impression(?: is|:)|what(?:'s| is) (?:going on|happening)(?: here)? is(?: (?:probably|most likely|"
            + "likely))?|(?:looks|sounds|seems) to me like(?: (?:it was|it's|this is|you had|you've had))?|"
            + "i suspect (?:it's|this is|that's|you have|you've got|(?:he|she) has)|i'd put (?:this|it|that) "
            + "down to|(?:this|it) is most likely|suggestive of (?:something called )?|"
            + "(?:we|i|i'd|i would) call (?:it|this|that)|"
            + "what (?:you|he|she|they)(?: have| has|'ve got|"
            + "'s got| have got| has got) is|i think (?:this is|it's|that's|you have|(?:he|she) has|you've got)|"
            // "I'm confident you've ruptured your left Achilles tendon"
            + "i'm (?:confident|sure|certain|fairly sure|pretty sure|quite sure)(?: that)? (?:you've|you have|"
            + "(?:he|she)'s|(?:he|she) has|this is|it's|it is)|"
            + "(?:it|this|that|which|all) means (?:that )?(?:you have|you've got|(?:he|she) has|(?:he|she)'s got|"
            + "it's)|"
            // "…and that McMurray test all point to a tear", "the story fits a tear", "i think the headaches are"
            + "(?:all |both )?(?:points?|pointing) (?:to|towards)|\\bfits?(?: with)?|in keeping with|suggestive of|"
            + "(?:sounds|looks) a lot like|i think (?:the|your|his|her) (?:[a-z]+ ){1,3}(?:is|are)|"
            // "I wonder whether you've had a flare-up of your heart failure"
            + WONDER_MAY_HAVE + "|"
            + "i wonder (?:whether|if) (?:you've had|you have had|you have|you've got|it's|this is|(?:he|she)'s had)"
            + "(?: an?)? (?:flare-up|flare|exacerbation|worsening) of(?: (?:your|the|his|her))?))\\s*$");
    static final Pattern DIAGNOSIS_LEAD = Pattern.compile(Negation.WHAT_IT_IS.pattern()
            + "\\s+(?:(?:most |very )?likely\\s+|probably\\s+|almost certainly\\s+)?"
            + "(?:(?:an?|the|your|his|her)\\s+)?$");
    static final Pattern QUALIFIERS = Pattern.compile("(?i)(?:\\b(?:an?|the|your|his|her|their|"
            + "straightforward|simple|uncomplicated|typical|classic|early|left|right|bilateral|acute|"
            + "chronic|mild|moderate|severe|viral|bacterial|medial|lateral|uncontrolled|stable|non-?displaced|"
            + "displaced|hairline|small|partial)\\s+)+$");

    private DiagnosisCues() {
    }

    private static final Pattern IN_THE = Pattern.compile("(?i)\\b(?:which|that|it)(?:'s| is) (?:in|within)(?: the)?"
            + "\\s*$");
    private static final Pattern RANGE = Pattern.compile("(?i)\\s*range\\b");

    /** "It's 6.1, which is in the prediabetes range": the value read as the condition. */
    static boolean inRange(String text, String before, org.scribeonfhir.drafting.lexicon.Match m) {
        return IN_THE.matcher(before).find() && RANGE.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    private static final Pattern OTHERS_GET = Pattern.compile("(?i)^\\W*(?:\\w+\\W+){0,2}?(?:some|many|most|a lot of|"
            + "lots of|a few) (?:people|patients|folk)\\b");

    /** "Having a parent with epilepsy…", "children with asthma": the condition of someone spoken of, not the patient. */
    private static final Pattern SOMEONE_WITH = Pattern.compile("(?i)\\b(?:(?:a|an|any|one) (?:parent|mother|father|"
            + "mum|mom|dad|sibling|brother|sister|relative|family member)|people|children|kids|patients|adults|babies|"
            + "someone|anyone|somebody) (?:with|who (?:have|has|had))\\s+(?:an? |the )?$");

    /** "Some people do get nerve pain that hangs on…": what happens to others, said before the condition. */
    static boolean othersGet(String sentenceBefore) {
        return OTHERS_GET.matcher(sentenceBefore).find() || SOMEONE_WITH.matcher(sentenceBefore).find();
    }

    private static final Pattern RELATIVE_HAD = Pattern.compile("(?i)\\b(?:dad|father|mum|mom|mam|mother|brother|"
            + "sister|grandma|grandmother|grandpa|grandfather|granny|aunt|uncle|cousin|son|daughter)\\b[^.?!]{0,40}?"
            + "\\b(?:had|has|have|got|with|died of)\\b");

    /**
     * "Dad had that extra electrical pathway, the Wolff-something." "Wolff-Parkinson-White.": the clinician naming
     * what a relative had, just told, as a word on its own; the patient's family history, not her diagnosis.
     */
    static boolean namesRelativesCondition(Context c, Utterance u, int start, int end) {
        if (!u.clinician() || u.index() != 0 || u.text().replaceAll("[^A-Za-z]", "").length()
                > (end - start) + 4) {
            return false;
        }
        return c.dialogue.ofTurn(u.turn() - 1).stream().anyMatch(x -> !x.clinician()
                && RELATIVE_HAD.matcher(x.text()).find());
    }
}
