package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * Whose a mention is: the patient's, a relative's ("my mom has diabetes"), or the companion's own ("I've had
 * a headache too", said by a parent). Decided from the words before the mention in its clause and from who
 * speaks.
 */
public final class Attribution {

    public static final String PATIENT = "patient";
    /** A companion speaking of themselves. */
    public static final String SPEAKER = "speaker";
    /** A patient speaking of "she" or "he" without naming them in the same sentence. */
    public static final String SOMEONE_ELSE = "someone else";

    /** A relative named only as the owner of an occasion: "my nephew's wedding", "my dad's birthday party". */
    static final Pattern OCCASION = Pattern.compile("(?i)\\b(?:my|our|his|her) \\w+(?:-in-law)?'s "
            + "(?:\\w+ )?(?:wedding|party|birthday|graduation|christening|anniversary|game|recital|barbecue|bbq)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b((?:sister|brother)'s (?:boy|son|girl|daughter)|"
            + "(?:mother|mom|mum|father|dad)'s (?:sister|brother)|mother|mom|mum|mama|mam|mammy|mommy|mummy|father|"
            + "dad|daddy|papa|brother|sister|siblings?|grandmother|grandma|granny|gran|nana|nanna|nan|grandfather|"
            + "grandpa|grandad|granddad|gramps|old man|old lady|missus|missis|hubby|other half|"
            + "grandparents?|aunt|uncle|cousin|niece|nephew|grandkids?|grandchild(?:ren)?|grandsons?|granddaughters?|"
            + "wife|husband|spouse|partner|boyfriend|girlfriend|fianc[eé]e?|friend|friends|coworkers?|co-workers?|"
            + "neighbou?r|roommate|flatmate|housemate|parents|family|relatives?|in-laws?|mother-in-law|father-in-law|"
            + "(?:older |younger |little |big )?(?:son|daughter|kids?|children|child|baby brother|baby sister)(?!'s)|"
            + "classmates?|teammates?|team-mates?|mates?|buddy|buddies|pals?|colleagues?|boss|coach|striker|goalie|"
            // "my dads stroke": a recogniser drops the possessive's apostrophe
            + "teacher|someone|somebody|anyone|anybody|everyone|everybody|"
            // "a guy at work takes Xanax", "this woman at church"
            + "(?:guy|man|woman|lady|girl|bloke|fella|chap) (?:at|from) (?:work|church|the gym|school|the office))"
            + "(?:s(?=\\s))?\\b");
    /** "Our striker, Gethin, broke his collarbone", "our Kelly's pregnant": someone named, not the patient. */
    private static final Pattern NAMED = Pattern.compile("(?:^|[,;]\\s*)(?!(?:I|I'm|I've|I'd|The|My|Our|His|Her|He|She|"
            + "It|It's|They|We|And|But|So|Oh|Well|Yes|Yeah|No|Okay|OK|Then|Now|Doctor|Dr|Mr|Mrs|Ms|Just|Also|"
            + "Like|Maybe|Because|When|After|Before|That|This|There|Last|Since|Sorry|Honestly|Actually|Anyway)\\b)"
            + "[A-Z][a-z]+(?:,| has| had| got|'s got|'s the one|'s allergic| broke| was| is| needed| went)\\b|\\b[Oo]ur [A-Z][a-z]+\\b");
    /** "The lab rang about Mr. Pell in room two, his lithium level…": another patient of the clinic. */
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:in|from|at) (?:exam )?(?:room|bay|bed|"
            + "cubicle|cubical) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|[a-z])\\b");
    /** "Okay, she's in room three, vitals are done": the nurse handing over this visit's patient. */
    private static final Pattern HANDOVER = Pattern.compile("(?i)^\\W*(?:(?:okay|ok|so|alright|hi|right|doctor|doc)"
            + "\\W+)*(?:she's|he's|she is|he is|they're|your (?:next )?patient(?:'s| is)) (?:ready )?in (?:exam )?room\\b");
    private static final Pattern WAS_A = Pattern.compile("(?i)\\b(?:was|were|being) (?:just |only )?(?:a |an )?"
            + "(?:little |young |small )?$");
    private static final Pattern OWNER = Pattern.compile("(?i)\\b(friend|neighbou?r|coworker|co-worker|colleague|boss|"
            + "roommate|flatmate|housemate|classmate|teacher)'s\\s+$");
    private static final Pattern FAMILY_HISTORY = Pattern.compile("(?i)\\b(?:family history|runs in (?:the|my|our|your|"
            + "his|her) family|in the family|on (?:my|his|her|your) (?:mom|mother|dad|father)'?s side)\\b");
    /** Clause breaks; the subject after "and"/"so"/"because" stays in the clause ("because I've had…"). */
    private static final Pattern CLAUSE = Pattern.compile("(?i)[.;:]|,?\\s\\b(?:but|while|whereas)\\b|,?\\s\\b(?:and|so|"
            + "because)\\b(?=\\s(?:i|i've|i'm|i'd|she|he|my|her|his)\\b)");
    /** A patient speaking of "she" or "he" speaks of someone else ("that's more my mom, she's bipolar"). */
    private static final Pattern THIRD = Pattern.compile("(?i)(?:^|\\b)(?:she|he|they|she's|he's|they're|his|"
            + "their|after her|her (?=\\w+ (?:replacement|surgery|operation|op)\\b))\\b");
    private static final Pattern SUBJECT = Pattern.compile("(?i)(?:^|\\b)(she|he|she's|he's)\\b");
    /** A third-person subject that does something itself, not one reporting what the patient was told or given. */
    private static final Pattern THIRD_SUBJECT = Pattern.compile(SUBJECT.pattern() + "(?! (?:said|says|told|thinks|"
            + "thought|reckons|put|gave|started|prescribed|wants|wanted)\\b)");
    private static final Pattern PUT_ON = Pattern.compile("(?i)\\b(?:put|puts|putting|started|keeps?|kept|got) "
            // "put them on the step": the shopping, not a drug
            + "(?:her|him|them) on\\b(?! (?:the|a|my|his|her|their) (?:step|floor|table|shelf|counter|ground|car|bed|"
            + "chair|porch|bench|side|top)s?\\b)");
    private static final Pattern REPORTS = Pattern.compile("(?i)(?:^|\\b)(?:she|he|they) (?:says|said|thinks|reckons|"
            + "noticed|told me)(?: that)?\\b");
    /** "My hands… they're dry and cracked": the parts asked about, not other people. */
    private static final Pattern THEY_PARTS = Pattern.compile("(?i)\\bthey(?:'re| are)\\s+(?:so |very |really |all |"
            + "a bit )?(?:dry|cracked|cracking|red|swollen|sore|itchy|stiff|painful|awful|wrecked|aching|numb|"
            + "puffy)\\b");
    static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i|i'm|i've|i'd|me|my|myself|mine)\\b");
    /** Who a companion speaks of; "him" is left out: "I hurt my wrist catching him" is still about the speaker. */
    private static final Pattern PATIENT_REFERENT = Pattern.compile("(?i)\\b(?:he|she|they|her|his|hers|he's|"
            + "she's|they're|my (?:son|daughter|baby|boy|girl|child|kid|husband|wife)|the baby|our (?:son|daughter|"
            + "baby))\\b");

    private Attribution() {
    }

    private static final Pattern VOCATIVE_BEFORE = Pattern.compile("(?i)(?:^|[,.!?;]|\\b(?:so|okay|ok|well|now|and|"
            + "hi|hello|right|look))\\W*$");
    /** "So, Mom, this is…", unpunctuated "so mom this looks like…": a new clause after the name spoken to. */
    private static final Pattern VOCATIVE_AFTER = Pattern.compile("(?i)\\s*[,!]|\\s+(?:this|that|it's|it|he's|she's|"
            + "he|she|you|you're|your|we|we're|i|i'm|i think)\\b");

    /** Whose the mention at {@code at} of the utterance is: {@link #PATIENT}, {@link #SPEAKER} or a relative. */
    public static String of(Utterance u, int at) {
        // "My back's been killing me" matched with its "my": the speaker's own words
        int start = at >= 0 && u.text().regionMatches(true, at, "my ", 0, 3) ? at + 3 : at;
        String upTo = u.text().substring(0, Math.max(0, start));
        if (ELSEWHERE.matcher(upTo).find() && !HANDOVER.matcher(u.text()).find()) {
            return SOMEONE_ELSE;
        }
        String before = lastClause(upTo);
        String lower = before.toLowerCase(Locale.ROOT);
        if (FAMILY_HISTORY.matcher(u.text()).find() && !lower.matches("(?s).*\\b(?:i|i've|i have|you|you've)\\b.*")) {
            Matcher rel = RELATIVE.matcher(u.text());
            return rel.find() ? Kinship.relation(rel.group(1)) : "family";
        }
        Matcher m = RELATIVE.matcher(before);
        String relative = null;
        String owner = null;
        while (m.find()) {
            if (WAS_A.matcher(before.substring(0, m.start())).find()) {
                continue; // "since I was a kid": a time of life, not a person
            }
            if (u.clinician() && VOCATIVE_BEFORE.matcher(before.substring(0, m.start())).find()
                    && VOCATIVE_AFTER.matcher(before.substring(m.end())).lookingAt()) {
                continue; // "So, Mom, this is croup": the parent spoken to, not whose croup it is
            }
            // "my friend's mum": the friend's relative, not the patient's
            Matcher of = OWNER.matcher(before.substring(0, m.start()));
            owner = of.find() ? Kinship.relation(of.group(1)) : null;
            relative = m.group(1);
        }
        if (relative != null && !selfAfter(before, relative, u)) {
            String r = owner == null ? Kinship.relation(relative) : owner + "'s " + Kinship.relation(relative);
            if (owner == null && u.role() == Role.COMPANION && isPatientWord(relative)) {
                return PATIENT;
            }
            return owner == null ? fromCompanion(u, before, r) : r;
        }
        if (u.role() == Role.COMPANION) {
            String who = companion(before);
            // "my sister's boy had rheumatic fever, and he's got a murmur from it now": "he" is the relative just named
            String earlier = who.equals(PATIENT) ? namedEarlier(u.text().substring(0, Math.max(0, start)),
                    before.length()) : null;
            return earlier != null ? fromCompanion(u, u.text().substring(0, Math.max(0, start) - before.length()),
                    earlier) : who;
        }
        // "She says a mole on my back has changed": the wife reports what the patient has ("He says it's all stress"
        // is his opinion)
        String reported = THEY_PARTS.matcher(u.role() == Role.PATIENT && REPORTS.matcher(before).find()
                && FIRST_PERSON.matcher(u.text()).region(Math.min(u.text().length(), Math.max(0, start)),
                u.text().length()).find() ? REPORTS.matcher(before).replaceAll("") : before).replaceAll("");
        if (u.role() == Role.PATIENT && (THIRD.matcher(reported).find() || NAMED.matcher(before).find())
                && !FIRST_PERSON.matcher(before).find()) {
            return SOMEONE_ELSE;
        }
        // "My sister has bipolar, so I know what that looks like, she's on lithium": the last subject is the sister;
        // "…the urologist put her on a low dose of antibiotic every night, nitro-something": the mother's drug
        if (u.role() == Role.PATIENT && (lastStart(THIRD_SUBJECT, before) > lastStart(FIRST_PERSON, before)
                || lastStart(PUT_ON, upTo) > lastStart(FIRST_PERSON, upTo))) {
            return SOMEONE_ELSE;
        }
        return PATIENT;
    }

    /**
     * "His big sister Ava got strep on Monday. She's on amoxicillin.": a companion's "she" for a boy (or "he" for a
     * girl) is the person of the sentence before, not the patient. {@code gender} is the chart's (FHIR
     * administrative gender); without it nothing is said.
     */
    static boolean otherSex(Utterance u, String before, String gender) {
        if (u.role() != Role.COMPANION || gender == null) {
            return false;
        }
        Matcher m = SUBJECT.matcher(lastClause(before));
        String last = null;
        while (m.find()) {
            last = m.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher own = OWN.matcher(before); // "That's for his eczema.", said of a woman
        String whose = own.find() ? own.group(1).toLowerCase(Locale.ROOT) : last;
        return whose != null && (gender.equals("male") && whose.matches("she.*|her")
                || gender.equals("female") && whose.matches("he|he's|his"));
    }

    private static final Pattern OWN = Pattern.compile("(?i)\\b(his|her) (?:[\\w-]+ )?$");

    /** "…the man in bay two, his glucose is 22": the sentence is about another patient of the clinic. */
    static boolean elsewhere(Utterance u) {
        return ELSEWHERE.matcher(u.text()).find();
    }

    /** The last relative a sentence names ("that's more my mom"), as a relation, or null. */
    static String lastRelative(String text) {
        return lastRelative(text, false);
    }

    /** As above; a companion's "his brother" / "her sister" is the patient's relative too. */
    static String lastRelative(String text, boolean companion) {
        Matcher m = RELATIVE.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        // "Mum's ninety-one and in a home.": a parent named as a name needs no "my"
        boolean named = text.matches("(?s)^\\W*(?:Mum|Mom|Dad|Mother|Father|Nan|Gran|Grandma|Grandpa)\\b.*");
        return last == null || !named && !text.toLowerCase(Locale.ROOT).matches(companion
                ? "(?s).*\\b(?:my|our|his|her)\\b.*" : "(?s).*\\b(?:my|our)\\b.*") ? null : Kinship.relation(last);
    }

    /**
     * A companion's clause opening with a name that is not the patient's: "It's his brother, you see. Cedric has
     * Alzheimer's."
     */
    static boolean namedOther(Utterance u, String before, java.util.function.Predicate<String> patientsName) {
        if (u.role() != Role.COMPANION) {
            return false;
        }
        Matcher m = NAMED.matcher(lastClause(before).replaceFirst("^(?:But|And|So|Oh|Well),? ", ""));
        return m.find() && !patientsName.test(m.group().replaceAll("^[,;\\s]+", "").split("[\\s,']")[0]);
    }

    /**
     * The relative (not the patient: "my nephew", not "my son") named in an earlier clause and referred to by
     * "he"/"she" since, as a relation, or null.
     */
    private static String namedEarlier(String upTo, int clauseLength) {
        Matcher m = RELATIVE.matcher(upTo.substring(0, upTo.length() - clauseLength));
        String last = null;
        int end = -1;
        while (m.find()) {
            last = isPatientWord(m.group(1)) ? null : m.group(1);
            end = m.end();
        }
        if (last == null || last.matches("(?i)someone|somebody|anyone|anybody|everyone|everybody")
                || !THIRD.matcher(upTo.substring(end)).find()) {
            return null;
        }
        return Kinship.relation(last);
    }

    /** A companion's "my sister" (the last relative the text names) as the patient's relative: an aunt. */
    static String fromCompanion(Utterance u, String text, String relation) {
        if (u.role() != Role.COMPANION || relation == null) {
            return relation;
        }
        int at = lastStart(RELATIVE, text);
        return at >= 0 && Kinship.speakers(u.speaker(), text.substring(0, at), relation)
                ? Kinship.toPatient(u.speaker(), relation) : relation;
    }

    /** Whether a sentence says whom it is about: a pronoun, "I", or a relative. */
    static boolean saysWhom(String text) {
        return FIRST_PERSON.matcher(text).find() || PATIENT_REFERENT.matcher(text).find() || THIRD.matcher(text).find()
                || RELATIVE.matcher(text).find();
    }

    /** The companion's clause is about the patient unless its last subject is "I". */
    private static String companion(String before) {
        Matcher first = FIRST_PERSON.matcher(before);
        int lastFirst = -1;
        while (first.find()) {
            lastFirst = first.start();
        }
        Matcher other = PATIENT_REFERENT.matcher(before);
        int lastOther = -1;
        while (other.find()) {
            lastOther = other.start();
        }
        return lastFirst > lastOther ? SPEAKER : PATIENT;
    }

    /** "my husband and I both have colds", "my husband made me": the speaker after the relative. */
    private static boolean selfAfter(String before, String relative, Utterance u) {
        int at = before.toLowerCase(Locale.ROOT).lastIndexOf(relative.toLowerCase(Locale.ROOT));
        String tail = ASIDE.matcher(before.substring(at + relative.length()).toLowerCase(Locale.ROOT)).replaceAll("");
        // "my wife checked my temperature": the patient's own temperature, taken by the wife; "with your dad's
        // history I'd like to try rosuvastatin": the clinician's order for the patient, the relative its reason
        return u.role() == Role.PATIENT && tail.matches("(?s).*\\b(?:i|i've|i'm|i have|my|me)\\b.*")
                || u.clinician() && tail.matches("(?s).*\\b(?:i'd like to|i want to|let's|i'll|we'll) (?:try|start|"
                + "prescribe|put you on|give you)\\b.*");
    }

    /** "Just Mum, like I said, after her hip replacement": an aside in the first person is not the speaker's own. */
    private static final Pattern ASIDE = Pattern.compile("\\b(?:(?:like|as) i (?:said|say|told you|mentioned)|i think|"
            + "i mean|i guess)\\b");

    private static boolean isPatientWord(String w) {
        return w.toLowerCase(Locale.ROOT).matches("(?:older |younger |little |big )?(?:son|daughter|kids?|child|"
                + "children|baby)");
    }

    private static int lastStart(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static String lastClause(String text) {
        Matcher m = CLAUSE.matcher(text);
        int last = 0;
        while (m.find()) {
            last = m.end();
        }
        return text.substring(last);
    }
}
