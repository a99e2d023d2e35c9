package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with units as a note writes them ("80 mg", "142/88 mmHg", "6.7 %", "7/10"), found in normalised
 * speech or in note text. One place that knows what a dose or a value looks like: the extractors, the
 * faithfulness check and the safety checks read quantities through here.
 */
public final class Quantities {

    /** A number, its unit as a note writes it (or "" when none was said), and where it was. */
    public record Quantity(String value, String unit, int start, int end) {

        public double number() {
            String v = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
            return Double.parseDouble(v);
        }

        public String text() {
            if (unit.isEmpty()) {
                return value;
            }
            // "1 drop", "1 puff": a count of one is singular
            String u = value.equals("1") && unit.matches("drops|sprays|puffs|pumps") ? unit.replaceAll("s$", "") : unit;
            return unit.equals("%") || unit.equals("/10") || unit.equals("°F") || unit.equals("°C") ? value + unit
                    : value + " " + u;
        }
    }

    private static final String NUM = "\\d+(?:\\.\\d+)?";
    private static final Pattern RATIO = Pattern.compile("(?i)\\b(\\d{1,3})\\s*(?:/|over)\\s*(\\d{1,3})\\b(?:\\s*(mmhg|"
            + "millimeters of mercury))?");
    private static final Pattern OUT_OF = Pattern.compile("(?i)\\b(" + NUM + ")\\s*(?:/|out of)\\s*(10|6|5|4)\\b");
    private static final Pattern WITH_UNIT = Pattern.compile("(?i)\\b(" + NUM + ")\\s*(mg/dl|mmol/l|meq/l|g/dl|ng/ml|"
            + "pg/ml|miu/l|ml/min|k/ul|mg|mcg|micrograms?|milligrams?|grams?|g|units?|iu|ml|cc|puffs?|tablets?|tabs?|"
            + "pills?|capsules?|caps?|drops?|sprays?|pumps?|sachets?|patch(?:es)?|%|mmhg|bpm|beats per minute|"
            + "breaths per minute|"
            + "degrees(?: fahrenheit| celsius)?|degree|°\\s?[fc]?|kg|kilos?|kilograms?|lbs?|pounds?|stones?|cm|"
            + "centimeters?|inches|inch|liters?|l/min|minutes|hours|days|weeks|months|years)(?![a-z])");
    private static final Pattern STONE_POUNDS = Pattern.compile("(?i)\\b(\\d{1,2})\\s*(?:stones?|st)\\s*(?:and\\s*)?"
            + "(1[0-3]|\\d)(?:\\s*(?:pounds?|lbs?))?(?!\\w|\\.\\d)");
    /** "90 milligrams per kilo per day": a weight-based rate, never the dose itself. */
    private static final Pattern PER_WEIGHT = Pattern.compile("(?i)\\b(" + NUM + ")\\s*(mg|mcg|milligrams?|micrograms?)"
            + "\\s*(?:of [a-z]+(?: [a-z]+)?\\s+)?(?:/|per|a|an)\\s*(?:kg|kilos?|kilograms?)\\b((?:\\s*(?:/|per|a)\\s*day)\\b)?");
    private static final Pattern BARE = Pattern.compile("(?<![\\w./])(" + NUM + ")(?![\\w%]|[./]\\d)");
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("mg", "mg"), Map.entry("milligram", "mg"),
            Map.entry("milligrams", "mg"), Map.entry("mcg", "mcg"), Map.entry("microgram", "mcg"),
            Map.entry("micrograms", "mcg"), Map.entry("g", "g"), Map.entry("gram", "g"), Map.entry("grams", "g"),
            Map.entry("unit", "units"), Map.entry("units", "units"), Map.entry("iu", "units"), Map.entry("ml", "mL"),
            Map.entry("cc", "mL"), Map.entry("puff", "puffs"), Map.entry("puffs", "puffs"), Map.entry("tablet", "tablet"),
            Map.entry("tablets", "tablets"), Map.entry("tab", "tablet"), Map.entry("tabs", "tablets"),
            Map.entry("pill", "tablet"), Map.entry("pills", "tablets"), Map.entry("capsule", "capsule"),
            Map.entry("capsules", "capsules"), Map.entry("cap", "capsule"), Map.entry("caps", "capsules"),
            Map.entry("drop", "drops"), Map.entry("drops", "drops"), Map.entry("spray", "sprays"),
            Map.entry("sprays", "sprays"), Map.entry("pump", "pumps"), Map.entry("pumps", "pumps"),
            Map.entry("sachet", "sachet"), Map.entry("sachets", "sachets"), Map.entry("patch", "patch"),
            Map.entry("patches", "patches"), Map.entry("%", "%"), Map.entry("mmhg", "mmHg"), Map.entry("bpm", "bpm"),
            Map.entry("beats per minute", "bpm"), Map.entry("breaths per minute", "/min"), Map.entry("kg", "kg"),
            Map.entry("kilo", "kg"), Map.entry("kilos", "kg"), Map.entry("kilogram", "kg"), Map.entry("kilograms", "kg"),
            Map.entry("lb", "lb"), Map.entry("lbs", "lb"), Map.entry("pound", "lb"), Map.entry("pounds", "lb"),
            Map.entry("stone", "stone"), Map.entry("stones", "stone"),
            Map.entry("cm", "cm"), Map.entry("centimeter", "cm"), Map.entry("centimeters", "cm"),
            Map.entry("inch", "in"), Map.entry("inches", "in"), Map.entry("liter", "L"), Map.entry("liters", "L"),
            Map.entry("l/min", "L/min"), Map.entry("mg/dl", "mg/dL"), Map.entry("mmol/l", "mmol/L"),
            Map.entry("meq/l", "mEq/L"), Map.entry("g/dl", "g/dL"), Map.entry("ng/ml", "ng/mL"),
            Map.entry("pg/ml", "pg/mL"), Map.entry("miu/l", "mIU/L"), Map.entry("ml/min", "mL/min"),
            Map.entry("k/ul", "K/uL"), Map.entry("minutes", "minutes"), Map.entry("hours", "hours"),
            Map.entry("days", "days"), Map.entry("weeks", "weeks"), Map.entry("months", "months"),
            Map.entry("years", "years"));

    private Quantities() {
    }

    /** Every quantity in the text, left to right; ratios and units first, then bare numbers. */
    public static List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher r = RATIO.matcher(text);
        while (r.find()) {
            int a = Integer.parseInt(r.group(1));
            int b = Integer.parseInt(r.group(2));
            boolean pressure = a >= 60 && a <= 260 && b >= 30 && b <= 160 && a > b;
            if (pressure) {
                out.add(new Quantity(a + "/" + b, "mmHg", r.start(), r.end()));
            }
        }
        Matcher o = OUT_OF.matcher(text);
        while (o.find()) {
            if (free(out, o.start(), o.end())) {
                out.add(new Quantity(clean(o.group(1)) + "/" + o.group(2), "", o.start(), o.end()));
            }
        }
        Matcher w = PER_WEIGHT.matcher(text);
        while (w.find()) {
            if (free(out, w.start(), w.end())) {
                out.add(new Quantity(clean(w.group(1)), unit(w.group(2)) + "/kg" + (w.group(3) != null ? "/day" : ""),
                        w.start(), w.end()));
            }
        }
        Matcher st = STONE_POUNDS.matcher(text);
        while (st.find()) { // "nine stone four" is 130 lb, never 9 stone
            out.add(new Quantity(String.valueOf(14 * Integer.parseInt(st.group(1)) + Integer.parseInt(st.group(2))),
                    "lb", st.start(), st.end()));
        }
        Matcher u = WITH_UNIT.matcher(text);
        while (u.find()) {
            if (free(out, u.start(), u.end())) {
                out.add(new Quantity(clean(u.group(1)), unit(u.group(2)), u.start(), u.end()));
            }
        }
        Matcher b = BARE.matcher(text);
        while (b.find()) {
            if (free(out, b.start(), b.end())) {
                out.add(new Quantity(clean(b.group(1)), "", b.start(), b.end()));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** A unit as a note writes it ("milligrams" → "mg", "°" → "°F"); the input lower-cased when unknown. */
    public static String unit(String said) {
        String k = said.toLowerCase(Locale.ROOT).strip();
        if (k.startsWith("degree") || k.startsWith("°")) {
            return k.contains("c") ? "°C" : "°F";
        }
        return UNITS.getOrDefault(k, k);
    }

    /** "80.0" → "80", "0.50" → "0.5". */
    public static String clean(String number) {
        String n = number.strip();
        if (n.contains(".")) {
            n = n.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return n.isEmpty() ? "0" : n;
    }

    /** Two values are the same number ("6.7" and "6.70"; "142/88" and "142 / 88"). */
    public static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String v) {
        String s = v.replace(" ", "").replace("over", "/");
        String[] parts = s.split("/");
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(p.matches(NUM) ? clean(p) : p);
        }
        return out.toString();
    }

    private static boolean free(List<Quantity> taken, int start, int end) {
        for (Quantity q : taken) {
            if (start < q.end() && q.start() < end) {
                return false;
            }
        }
        return true;
    }
}
