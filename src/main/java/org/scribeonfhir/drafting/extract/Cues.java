package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

/** The phrases that tell which part of the visit a clinician's sentence belongs to. */
final class Cues {

    /** "Now I'd like to try a test called the Dix-Hallpike": a bedside test, done now, is the exam. */
    static final Pattern BEDSIDE_TEST = Pattern.compile("(?i)\\b(?:a test called the|try the|do the) "
            + "(?:dix[- ]hallpike|hallpike|head impulse test|romberg|finger[- ]nose test)\\b");
    static final Pattern EXAM = Pattern.compile("(?i)\\b(?:physical exam(?:ination)?|on (?:your |the |my )?"
            + "(?:physical )?exam(?:ination)?|(?:heart|lung|abdominal|neck|skin|neuro(?:logical)?|knee|shoulder|back|"
            + "eye|ear|foot|hip|hand|wrist|ankle|elbow|cardiac|pulmonary|musculoskeletal|mental status) exam|"
            + "vital signs|your vitals|when i (?:listen|look|press|push|feel|examine|palpate|move|bend|check)|"
            + "i (?:do |can )?(?:hear|appreciate|feel|note|notice|see) (?:a |an |some |no |any |mild |slight |"
            + "a little )?(?:murmur|crackles|wheez|rales|rhonchi|tenderness|swelling|edema|effusion|rash|lesion|"
            + "bruis|erythema|redness|fluid|bulging|clear)|to (?:auscultation|palpation)|range of motion|"
            + "on palpation|let me (?:(?:take|have) a (?:quick |proper |closer |good )?look|have a (?:quick |proper )?"
            + "(?:listen|feel)|look (?:at|in)|"
            + "listen|examine|check|feel|press)|"
            + "let'?s (?:have|take) a (?:quick |proper |closer |good )?look|let'?s (?:examine|listen|look at)|"
            + "(?:let'?s|let me) look(?=\\W*$)|"
            + "(?:let's|let me|i'd like to|i would like to|i'll) do (?:a |an |the |your )?(?:quick |brief |best )?"
            + "(?:physical |video )?(?:exam|check|examination) (?:on (?:the )?(?:camera|video|screen))\\b|"
            + "(?:let's|let me|i'll) do (?:what|whatever|the best) (?:exam|examination) (?:i|we) can\\b|"
            + "(?:let's|let me) do (?:a |an |the |your )?(?:quick |brief |best )?(?:physical |video )?exam\\b"
            + "(?! (?:in a (?:second|minute|moment|bit|few)|after|later|at the end|in a while))|"
            + "(?:we'll|we will|i'll|i will|let me|let's) (?:just )?(?:go ahead and )?(?:examine|check) you\\b"
            + "(?! in a (?:second|minute|moment|bit|few))|"
            + "looking at you(?: (?:on|over) (?:the )?(?:video|camera|screen))?,|looking at you today\\b|"
            + "neck is (?:very |nice and )?supple|"
            // "looking at your throat on the camera, there's…": a part seen on the call ("your results" are no exam)
            + "looking at your (?:[a-z]+ ){1,2}?(?:on|over) (?:the )?(?:video|camera|screen),|"
            + "looking (?:into|in|at) (?:your|his|her) (?:mouth|throat|ears?|nose)\\b|"
            + "(?:having|i've|i have|now i've) (?:just )?(?:examined you|(?:listened to|looked (?:at|in)|felt) your"
            + "(?! (?:story|history|symptoms|concerns|results|notes|records|letter|list|medications?)\\b))\\b|"
            + "(?:i'm|i am) (?:just )?going to (?:be )?(?:examine|examining|listen|listening|take a look|check your|"
            + "feel|look (?:at|in)|press)|kick against|push against my|squeeze my (?:hand|fingers)|"
            + "(?:lips|tongue|mouth|voice|breathing) (?:looks?|sounds?) (?:completely |totally |absolutely )?(?:normal|"
            + "fine|clear|good|swollen|red)|"
            // "Lie back for me", "now I'm going to bend the knee and push it inward" ("hop up on the bed" is said
            // at the door, before the story)
            + "lie (?:back|down|flat)(?: on (?:the|your) (?:couch|bed|table|back))? for me|"
            + "(?:i'm going to|i am going to|let me) (?:now )?(?:bend|rotate|straighten|tap on|test) "
            + "(?:the|your|it)\\b|"
            // "when you take a deep breath, do you notice any pain?": a question of the history
            + "(?<!(?:when|if|whenever|and) you )take (?:a )?deep breaths?|"
            + "(?:lungs|heart|ears?|ear ?drums?|tympanic membranes?|throat|abdomen|belly|tonsils) "
            + "(?:sound|sounds|look|looks|is|are|feels?) (?:clear|good|normal|fine|red|soft|swollen|great|healthy|big|enlarged|"
            + "inflamed)|(?:temperature|heart rate|blood pressure|respiratory rate|breathing rate) \\d|"
            + "eye contact|speech (?:is )?normal|thoughts? (?:are |is )?(?:organized|linear|logical)|"
            + "(?:today|here)(?:,)? (?:your |the )?(?:blood pressure|heart rate|temperature|temp|oxygen|pulse|weight)|"
            + "(?:i'd|i would) like to (?:have|take) a (?:quick )?look at you\\b|"
            // a telephone or video exam done by the patient: "I'd like you to try a couple of things for me"
            + "(?:i'd like you to|i want you to|can you|could you) (?:try|do) (?:a couple of|a few|some|one or two) "
            + "(?:things|checks|tests|simple things) for me|with your fingertips,? press|whites of your eyes|"
            + "(?:move|turn|point|hold|tilt) (?:the|your) (?:phone|camera)(?: round)? so (?:that )?i can see|"
            + "i can see (?:a|an|some) (?:[a-z]+,? ){0,3}(?:patch|rash|lesion|swelling|mark|marks|spot|spots|lump|bruise|"
            + "wound|redness)\\b|"
            + "(?:let's|let me|we'll|i'd like to|i want to) (?:do|run|check) (?:some|a few|a couple of) (?:quick )?"
            + "(?:checks|things)(?: together| over the (?:phone|video|camera))?\\b|"
            + "(?:blood pressure|heart rate|temperature|temp|oxygen(?: saturation| level)?|pulse|weight)(?:'s| is| was|"
            + " today is| here is| came in at| in the office) \\d+|"
            // "the prostate is enlarged", "both elbows have thick red plaques": a part described as found
            + "(?:prostate|thyroid|liver|spleen|skin|rash|wound|scalp|nails?|elbows?|knees?|ankles?|wrists?|shoulders?|"
            + "joints?) (?:is|are|feels?|looks?|has|have) (?:(?:a|an|some|thick|mildly|moderately|slightly|very|red|"
            + "raised) )*(?:enlarged|smooth|rubbery|firm|tender|non-?tender|swollen|warm|hot|erythematous|inflamed|"
            + "plaques?|scal\\w+|nodul\\w+|pitt\\w+|lesions?)|i (?:can't|cannot|don't|do not) feel (?:any )?(?:hard|"
            + "nodul|mass|lump))");
    static final Pattern RESULTS = Pattern.compile("(?i)\\b(?:let'?s|let me|i want to|i'd like to) (?:go ahead and )?"
            + "(?:look at|review|go over|pull up|check) (?:some of )?(?:your |the |his |her )?(?:[a-z-]+ ){0,3}?"
            + "(?:results|questionnaires?|scores|phq-?9|gad-?7|"
            + "urine|dip|dipstick|"
            + "x[- ]?rays?|labs?|"
            + "ecg|ekg|echocardiogram|echo|blood work|imaging|mri|ct)\\b|"
            + "\\b(?:results?|x[- ]?rays?|mri|ct(?: scan)?|cat scan|ultrasound|"
            + "echocardiogram|echo|ekg|ecg|labs?|lab work|blood work|bloodwork|a1c|hemoglobin|cholesterol|lipid panel|"
            + "biopsy|urinalysis|urine|scan|blood tests?|strep test|covid test|flu test|pregnancy test|culture|"
            + "potassium|sodium|"
            + "creatinine|tsh|troponin|swab|glucose|stress test)\\b.*\\b(?:show|shows|showed|showing|revealed?|"
            + "demonstrat\\w*|came back|comes back|looks?|looked|was|were|normal|abnormal|elevated|high|low|negative|"
            + "positive|reviewed|fractures?|aligned|alignment|narrowing|arthritis|spurs?|effusion|tear|mass|nodule|"
            + "unremarkable)\\b|\\b(?:has|have|'s|'ve) (?:done|run|checked) (?:the|a|your) (?:urine )?"
            + "(?:dip|dipstick)\\b|\\b(?:urine )?(?:dip|dipstick|urinalysis)(?:'s| is| has) (?:done|back|in|come back)\\b|"
            + "\\b(?:your|the) (?:results?|labs?|x[- ]?rays?|mri|ekg|a1c|blood work|scan)"
            + " (?:show|shows|showed|came back|were|was|look|looks|(?:are|is|'re|'s) (?:back|in))\\b|"
            + "\\b(?:i|we)(?:'ve| have)?(?: also| just)? (?:looked at|reviewed|"
            + "went over|pulled up|got|have) (?:your|the|his|her) (?:results?|labs?|x[- ]?rays?|mri|ct|ekg|ecg|a1c|blood work|echo\\w*|"
            + "ultrasound|scan|imaging|films)\\b|"
            // "So your labs.": the results announced on their own
            + "^\\W*(?:(?:so|now|okay|ok|right|alright|and)\\W+)*(?:your|the|his|her) (?:labs?|lab results|results|"
            + "bloods|blood (?:work|tests?|results)|bloodwork|x[- ]?rays?|scans?|mri|ecg|ekg)\\W*$");
    /** "Last time you told me you'd had some thoughts…": what the patient said before, taken up again. */
    static final Pattern RECALLS = Pattern.compile("(?i)\\b(?:you (?:told|said to) me|you (?:said|mentioned)"
            + " (?:last time|before|that you)|last time you (?:told|said|mentioned))\\b");
    /** "The nurse had your blood pressure at 118 over 76": the vitals read out are the exam. */
    static final Pattern VITALS_READ = Pattern.compile("(?i)\\b(?:the nurse|triage|the ma|the hca) "
            + "(?:had|took|got|checked|measured|recorded|did) (?:your|his|her|the) (?:blood pressure|bp|vitals|obs|"
            + "observations|pulse|temperature|weight|oxygen)\\b");
    static final Pattern PLAN = Pattern.compile("(?i)\\b(?:assessment and plan|my assessment|my plan|the plan is|"
            + "(?:i|we)(?:'d| would) like (?:an?|some) (?!(?:look|listen|feel|word|quick|little)\\b)|"
            + "here's the plan|plan (?:is|would be) to|today's diagnosis is|my summary|to sum (?:it )?up|"
            // "So I'm treating this as a suspected scaphoid fracture": the working diagnosis, whatever came before
            + "(?:i|we)(?:'m| am|'re| are) (?:going to )?treat(?:ing)? (?:this|it) as|"
            + "(?:first|second|third|next|last|final|other) problem|(?:i|we)(?:'re| are|'m| am) going to (?:prescribe|"
            + "order|refer|start|put|increase|decrease|send|give|have you|schedule|go ahead|continue|get|stop|switch|"
            + "add|try|recommend|check|bump|lower|hold|keep|repeat|arrange|book|organi[sz]e|request|admit|ring|call|pop)|"
            + "(?:i|we)(?: want| would like|'d like| will|'ll|'d also like| would also like| also want) "
            + "(?:also |just )?"
            + "(?:to )?(?:prescribe|order|refer|start|put|increase|decrease|send|give|schedule|go ahead|continue|"
            + "get|stop|switch|add|try|check|bump|repeat|have you|treat|do (?:an?|some|the) (?!(?:quick |little |brief )?"
            + "(?:exam|examination|look|listen|check of your)\\b)|arrange|book|organi[sz]e|request|admit|ring|pop)|"
            + "i(?: want|'d like| would like) you to|"
            // "we're going to need to bring you into one of our clinics", "we need to arrange some blood tests"
            + "(?:i|we)(?:'re| are|'m| am)? (?:going to |gonna )?need to (?:bring you|arrange|book|get you|send you|"
            + "refer|see you)|"
            // "what I can do is, I can prescribe you a peak flow meter", "what I would suggest is…"
            + "what (?:i|we) (?:can|could|will|'ll|would|'d) (?:do|suggest) is|(?:i|we) can (?:prescribe|refer|"
            + "arrange|book|send you|give you)|i(?: would|'d) suggest|the other thing (?:to do|you (?:can|could) do) "
            + "(?:would be|is)|"
            + "(?:let's|lets) (?:go ahead|start|order|refer|prescribe|increase|decrease|schedule|get|continue|send|"
            + "switch|try|stop|keep|bump|do)|i(?: recommend| would recommend|'d recommend| suggest)|follow[- ]up|"
            + "come back (?:in|and see)|see you (?:back )?in|i (?:think|believe|suspect) (?:you have|this is|"
            + "it's|that's|you've got|it is|she has|he has)|(?:my |the )?diagnosis|in terms of (?:your )?(?:plan|"
            + "treatment)|what you(?:'re| are) describing is|(?:this|it) (?:is|sounds like|looks like) (?:most likely |"
            + "probably |likely )?(?:a |an )?[a-z]+ (?:disorder|disease|infection|syndrome|strain|sprain|fracture|tear)|"
            + "(?:this|it) (?:looks|sounds) like (?:a |an )?(?:flare[- ]up|flare|exacerbation|bout|attack) of|"
            + "my recommendation|treatment (?:has|is|will be)|see you back|come back in|we(?:'ll| will) see you)\\b");
    /** An exam request asked as a question: "Can you open wide and say ahh?" */
    static final Pattern EXAM_REQUEST = Pattern.compile("(?i)(?:^|\\b(?:can|could|would|will) you (?:please )?|,\\s*)"
            + "(?:open (?:wide|up|your mouth)|say ahh?|take (?:a )?(?:big |few )?deep breaths?(?: for me)?\\W*$|lie (?:back|"
            + "down) (?:for me|on the table)|hop up on)\\b"
            // on video: "Can we have a look? Could you hold your arm up to the camera?"
            + "|\\b(?:can|could|may|shall) (?:we|i) (?:have|take) a (?:quick )?look\\b|\\b(?:hold|put|show|bring) "
            + "(?:your|the|me your) [a-z ]{1,30}?(?:up )?(?:to|towards|in front of|closer to) the "
            + "(?:camera|screen)\\b"
            // "can you point the camera at your feet for me?"
            + "|\\b(?:point|turn|aim|tilt|move) (?:the|your) (?:camera|phone|tablet|laptop|ipad) (?:down )?"
            + "(?:at|towards|to|on|onto) (?:your|his|her|the)\\b");
    /** Cues that open the assessment and plan wherever they are said (the weaker {@link #PLAN} needs context). */
    static final Pattern STRONG_PLAN = Pattern.compile("(?i)(?:^|\\b)(?:plan:|assessment:|my thinking|"
            + "here's what i think|what i think is (?:going on|happening)|(?:so,? |okay,? )?the plan\\.?$|"
            + "assessment and plan|my assessment|my plan|"
            + "the plan is|here's the plan|(?:first|second|third|next|last|final|other) problem|"
            + "i (?:think|believe|suspect) (?:you have|this is|it's|that's|you've got|it is|she has|he has|these are|"
            + "they are)|i think you(?:'ve| have) (?:probably |most likely |likely )?(?:just )?(?:picked up|caught)|"
            + "(?:my |the )?diagnosis|what you(?:'re| are) describing is|my recommendation|"
            + "(?:this|it) (?:is|sounds like|looks like) (?:most likely |probably |likely )?(?:a |an )?[a-z]+ "
            + "(?:disorder|disease|infection|syndrome|strain|sprain|fracture|tear)|"
            // "I'd like him to call an ambulance now": sent to hospital, however early in the visit
            + "(?:call|ring|phone) (?:for )?(?:an ambulance|999|911)(?! if)|go (?:straight )?to (?:a&e|a and e|the "
            + "emergency (?:department|room))(?! if))\\b");
    /** Verbs of an order: a drug or test named with one of these belongs to the plan. */
    static final Pattern ORDER_VERB = Pattern.compile("(?i)\\b(?:stop|start|switch|continue|increase|decrease|cut|"
            + "prescribe|order|ordering|refer|take|use|hold|add|try|schedule|send|repeat|give|put you on|bump|"
            + "lower|raise|double|taper|refill|treat (?:it|this|that|you|him|her|them) with|"
            + "(?:i|we)(?:'d| would) like|(?:don't|do not) need)\\b");
    /** Words of a result being read out; a statement without them ends the results part. */
    /** What a tracing shows: "ST depression in V4 to V6", "sinus tachycardia", "T-wave inversion". */
    static final String TRACING = "st (?:depressions?|elevations?)|t[- ]wave inversions?|inverted t[- ]waves?|"
            + "sinus (?:rhythm|tachycardia|bradycardia)";
    static final Pattern RESULT_WORDS = Pattern.compile("(?i)\\b(?:normal|abnormal|negative|positive|elevated|high|"
            + "low|fractures?|fluid|effusion|mass|nodule|infiltrate|pneumonia|stable|unremarkable|reduced|decreased|"
            + "increased|enlarged|tear|arthritis|degenerative|stenosis|blockage|clear|shows?|showed|came back|spurs?|"
            + "aligned|alignment|line up|lined up|narrowing|maintained|intact|acute|"
            + TRACING + "|"
            + "results?|level|levels|rhythm|interval|block|x[- ]?rays?|films?|images?|scan|labs?|\\d+(?:\\.\\d+)?)\\b");
    /** "I'm going to review your echocardiogram", "the results of your skin biopsy": a test looked at, not ordered. */
    static final Pattern REVIEWED = Pattern.compile("(?i)\\b(?:review|reviewing|reviewed|go over|going over|"
            + "look(?:ing)? at|show me|pull up|results? (?:of|from)|reminded about)\\s+(?:the |your |his |her |that |"
            + "this )?(?:[a-z-]+\\s+){0,2}$");
    static final Pattern ORDERS_TEST = Pattern.compile("(?i)\\b(?:order|get|schedule|repeat|another|recheck|request|arrange|"
            + "check|send (?:you|him|her) for|do|swab|(?:i|we)(?:'d| would) like)\\b");

    /** "If it comes back, call an ambulance", "Should it spread, refer urgently": an instruction for what may come. */
    static final Pattern CONDITIONAL_LEAD = Pattern.compile("(?i)^\\W*(?:(?:and|so|but|just)\\W+)?(?:if|unless|should|"
            + "in case|when|whenever)\\b");
    /** "If his oxygen had stayed under 92, we'd have sent him in": what did not happen is not a plan. */
    static final Pattern COUNTERFACTUAL = Pattern.compile("(?i)^(?:and |so |but )?if\\b.*\\b(?:had|hadn't|"
            + "had not)\\b.*\\b(?:would|we'd|i'd|you'd|he'd|she'd)\\b|\\bwould(?:'ve| have) "
            + "(?:been )?(?:sent|sending|admitted|admitting|had to)\\b");

    private Cues() {
    }
}
