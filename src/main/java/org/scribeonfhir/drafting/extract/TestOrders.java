package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/** The tests one plan sentence orders ("a basic metabolic panel in about 2 weeks"), with when, as one line. */
final class TestOrders {

    /** "…to check your potassium and kidney function": what the test just ordered checks, not another test. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\bto (?:check|look at|see|monitor|make sure)\\b"
            // "…to check the structure and blood work, thyroid…": the blood work is a test of its own
            + "(?![^.;,]*\\b(?:blood ?work|bloods|labs|blood tests?)\\b)[^.;,]*$");

    /** "When they come, they're going to do an ECG": the ambulance crew's test, not one ordered here. */
    private static final Pattern OTHERS_DO = Pattern.compile("(?i)\\b(?:they|the (?:paramedics|ambulance(?: crew)?|"
            + "crew|hospital|a&e|er|emergency department))(?:'re| are|'ll| will)? (?:going to |gonna )?(?:do|run|"
            + "get|take|check)\\b[^.;]*$");

    /** "I'd rather do that than a CT scan of the heart arteries": the test not chosen. */
    /** "I'd like you to send us a stool sample": a specimen the patient brings is a test ordered. */
    private static final Pattern SEND_US = Pattern.compile("(?i)\\b(?:bring|send|drop) (?:us|me|in) "
            + "(?:a |an |some )?$");
    private static final Pattern NOT_THIS = Pattern.compile("(?i)\\b(?:rather than|instead of|than|not|no need for)"
            + "\\s+(?:an?\\s+|the\\s+|any\\s+)?$");

    private TestOrders() {
    }

    static void into(Vocabulary v, String s, List<PlanLines.Line> out) {
        List<String> tests = new ArrayList<>();
        List<String> others = new ArrayList<>();
        String verb = null;
        int last = -1;
        int first = Integer.MAX_VALUE;
        for (Match t : v.find(Term.Kind.TEST, s)) {
            String before = s.substring(0, t.start());
            // "I'm going to review your echocardiogram": a result looked at, not a test ordered
            boolean gloss = last >= 0 && PlanWording.gloss(before.substring(last), t);
            // "…we might need to do a heart catheterization, but let's get the stress test first": it hangs on the
            // result; "a basic metabolic panel … to check your potassium and kidney function": what it checks
            if (OTHERS_DO.matcher(before).find()) {
                String site = site(s.substring(t.end()));
                String name = PlanWording.testName(t) + (site == null ? "" : tidy(site));
                if (!others.contains(name)) {
                    others.add(name);
                }
                continue;
            }
            if (Cues.REVIEWED.matcher(before).find() || gloss || PlanWording.hangsOnResult(before)
                    || NOT_THIS.matcher(before).find()
                    || !tests.isEmpty() && PURPOSE.matcher(before.substring(Math.max(0, last))).find()) {
                last = gloss ? t.end() : last;
                continue;
            }
            if (PlanLines.ORDER.matcher(before).find() || SEND_US.matcher(before).find()
                    || PlanLines.FUTURE.matcher(before).find()
                    || PlanWording.listGoesOn(before, s.substring(t.end()))) {
                verb = verb != null ? verb : before.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:repeat|another|"
                        + "recheck)\\b.*") ? "Repeat " : "Order ";
                String name = PlanWording.testName(t);
                Matcher pre = PlanWording.PRE_TEST.matcher(before);
                if (pre.find()) {
                    name = pre.group(1).toLowerCase(Locale.ROOT).strip() + " " + name;
                }
                String site = site(s.substring(t.end()));
                int end = t.end() + (site == null ? 0 : site.length());
                name = site == null ? name : name + tidy(site);
                if (!tests.contains(name)) {
                    tests.add(name);
                }
                first = Math.min(first, end);
                last = end;
            }
        }
        if (!others.isEmpty()) {
            String list = PlanWording.list(others);
            out.add(new PlanLines.Line("test", Character.toUpperCase(list.charAt(0)) + list.substring(1)
                    + " to be done by the receiving team."));
        }
        if (!tests.isEmpty()) {
            // the first interval after the first test: "a BMP in about 2 weeks…", "a lipid panel and A1c in 3 months"
            String when = s.substring(first).replaceAll("(?i)^.*?\\b(in (?:about )?\\d+ (?:days?|weeks?|months?)|"
                    + "next week|next month|today|this week)\\b.*$", " $1");
            when = when.startsWith(" ") && !when.startsWith(" in ") ? " " + when.strip() : when;
            String list = tests.size() == 1 && verb.equals("Order ") ? PlanWording.article(tests.get(0)) + tests.get(0)
                    : PlanWording.list(tests);
            if (PlanLines.OPTION.matcher(s).find()) {
                out.add(new PlanLines.Line("reasoning", "Discussed " + PlanWording.list(tests) + " as an option."));
            } else {
                out.add(new PlanLines.Line("test", verb + list + (when.matches(" (?:in |next |today|this ).*") ? when
                        : "") + "."));
            }
        }
    }

    /** " of your belly" said right after a test's name, or null. */
    private static String site(String rest) {
        Matcher of = PlanWording.OF_SITE.matcher(rest);
        return of.find() ? of.group() : null;
    }

    private static String tidy(String site) {
        return site.replaceAll("(?i)\\b(?:your|his|her)\\b", "the").replaceAll("\\s+", " ");
    }
}
