package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.visit.Measurement;
import org.scribeonfhir.drafting.visit.Support;

/** A number said with a measure becomes its value only when it is one: plausible, in the measure's unit, no change. */
final class MeasureValue {

    /** "I gained about ten pounds", "the A1c went up by 2": the size of a change, not a measurement. */
    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(?:gained|gaining|gain of|lost|losing|loss of|put on|"
            + "dropped|went (?:up|down)|gone (?:up|down)|up by|down by|increased by|decreased by)\\s+(?:\\w+ly |about "
            + "|around |like |almost |over |nearly |maybe |another |an extra |extra )?$");

    /** "On the monitor… the fastest heart rate 148": a recording's extreme, not today's vital sign. */
    private static final Pattern EXTREME = Pattern.compile("(?i)\\b(?:fastest|highest|maximum|max|peak|slowest|"
            + "lowest|average|mean)\\s+(?:heart rate|rate|pulse|reading)(?:\\s+(?:was|of|is|at))?\\s*$");

    /** "A planter, it weighs like eighty pounds": the weight of a thing, not of the patient. */
    private static final Pattern THING_WEIGHS = Pattern.compile("(?i)\\b(?:it|that|which|this|each|each one|one|they)"
            + "(?:'s| is| was)?\\s+weigh(?:s|ed|ing)?\\s+(?:about |around |like |over |almost |nearly |maybe )*$");

    /** "I'm not a hundred percent sure if I had a fever": how sure, not a value. */
    private static final Pattern SURE = Pattern.compile("(?i)^[\\d.]+\\s*(?:%|percent|per cent)\\s+(?:sure|certain|"
            + "confident|positive|convinced|honest|right)\\b");

    /**
     * "…lost four centimetres in height and your own mum broke her hip at eighty": another person's clause comes
     * between name and number; "a blood test for calcium a month after…": the measure is ordered, not read out.
     */
    private static final Pattern NEW_CLAUSE = Pattern.compile("(?i)\\b(?:and|but|so|because|after|before|once|until|"
            + "when|while) (?:your|his|her|my|their|our) (?:own )?(?:mum|mom|mother|dad|father|sister|brother|wife|"
            + "husband|partner|son|daughter|friend|nan|gran|grandma|grandmother|grandad|grandfather|aunt|uncle)\\b");
    /** "a blood test for calcium", "we'll check your potassium": the measure ordered, with no value yet. */
    private static final Pattern ORDERED = Pattern.compile("(?i)\\b(?:tests?|testing|checks?|recheck|repeat|bloods?) "
            + "(?:for|of|on) (?:your |the |her |his |a )?$|\\b(?:we'll|i'll|we will|i will|let's|going to) (?:re)?check "
            + "(?:your |the |her |his )?$");

    /** "HbA1c, the sugar test, forty-one": the words that explain the measure just named, no measure of their own. */
    private static final Pattern EXPLAINS_BEFORE = Pattern.compile("(?i)\\w,\\s*(?:that's |i mean )?the\\s+$");
    private static final Pattern EXPLAINS_AFTER = Pattern.compile("(?i)^\\s*(?:test|level|reading|check|one)\\b");

    private MeasureValue() {
    }

    /** Whether the measure at {@code m} only explains the measure named just before it. */
    static boolean explains(String text, org.scribeonfhir.drafting.lexicon.Match m) {
        return EXPLAINS_BEFORE.matcher(text.substring(0, m.start())).find()
                && EXPLAINS_AFTER.matcher(text.substring(m.end())).lookingAt();
    }

    /** Whether the number at {@code q} is not the value of the measure named at {@code start}…{@code end}. */
    static boolean apart(String text, int start, int end, Quantity q) {
        return q.start() >= end && (NEW_CLAUSE.matcher(text.substring(end, q.start())).find()
                || ORDERED.matcher(text.substring(0, start)).find());
    }

    /** The value if it is plausible for the measure; the unit said, else the measure's usual one. */
    static Measurement of(Term measure, Quantity q, String text, Support support) {
        double v;
        try {
            v = q.number();
        } catch (NumberFormatException e) {
            return null;
        }
        String name = measure.canonical();
        if (CHANGE.matcher(text.substring(0, q.start())).find() || SURE.matcher(text.substring(q.start())).find()
                || name.equals("Weight") && (WeightChange.said(text, q.start(), q.end())
                || THING_WEIGHS.matcher(text.substring(0, q.start())).find())
                || EXTREME.matcher(text.substring(0, q.start())).find()
                // "the A1c, which is the three-month average": a span of time, no value
                || text.substring(q.end()).matches("(?is)^[\\s-]*(?:months?|weeks?|days?|years?|hours?)\\b.*")) {
            return null;
        }
        if (name.equals("Height")
                && text.substring(0, q.start()).matches("(?is).*\\bfundal height\\W*(?:is|was|of)?\\W*$")) {
            return null; // "Fundal height twenty-nine centimetres": the womb's, measured in pregnancy
        }
        boolean pressure = name.equals("Blood pressure");
        if (pressure != q.value().contains("/") || q.value().endsWith("/10")) {
            return null;
        }
        String unit = q.unit();
        // "doses go by weight, 5 to 10 milligrams per kilogram": the first of a range of doses is no weight
        if (text.substring(q.end()).matches("(?is)^\\s*(?:to|-|or)\\s*\\d+(?:\\.\\d+)?\\s*(?:mg|mcg|milligrams?|"
                + "micrograms?|ml|units?)\\b.*")) {
            return null;
        }
        if (unit.contains("/kg") || unit.matches("minutes|hours|days|weeks|months|years|tablets?|capsules?|puffs|drops|"
                + "sprays") || unit.matches("(?i)ml|l|cc|mg|mcg|µg|g|units?|teaspoons?|tablespoons?")
                && !unit.equals(measure.extra())) {
            return null;
        }
        if (name.equals("Temperature") && (unit.equals("°C") || v >= 34 && v <= 43)) {
            unit = "°C";
        } else if (name.equals("Glucose") && (unit.equalsIgnoreCase("mmol/L") || unit.isEmpty() && v >= 1 && v <= 35
                && q.value().contains(".") && !text.substring(0, q.start()).matches("(?is).*\\ba1c\\b.*"))) {
            unit = "mmol/L"; // "your sugar was 1.9": a glucose with a decimal point is in mmol/L, an A1c's 6.9 is not
        } else {
            double low = Double.parseDouble(measure.related().get(0));
            double high = Double.parseDouble(measure.related().get(1));
            if (v < low || v > high) {
                return null;
            }
            if (unit.isEmpty() && name.matches("Blood pressure|Heart rate|Oxygen saturation|Hemoglobin A1c|"
                    + "Temperature|Ejection fraction")) {
                unit = measure.extra();
            }
        }
        String kind = measure.group();
        return new Measurement(name, q.value(), unit, kind, ReadingDates.when(text, q), support);
    }
}
