package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.ehr.ChartFact;

/**
 * The visit's medications, the last word winning: what the patient takes (as corrected by anyone), whether
 * they stopped, and what the clinician orders. An allergen is never current; ordering it raises a notice.
 */
final class MedicationReader {

    private static final Pattern ORDER = Pattern.compile("start|restart|continue|increase|decrease|stop|hold|refill|"
            + "change|vaccinate|given|declined|backup|later|taper");

    /** "We carry the EpiPen Jr everywhere.": the allergy answer names a medicine kept. */
    private static final Pattern CARRIES = Pattern.compile("(?i)\\b(?:we|i|she|he|they)(?: always)? (?:carry|carries|"
            + "keep|keeps|have|has)\\b|\\b(?:we've|i've|she's|he's|they've|has|have) got\\b");

    private static final Pattern TAKES = Pattern.compile("(?i)\\b(?:i take|i'm taking|i am taking|i've been "
            + "(?:taking|using|on)|i'm (?:already |still )?on|i use|i'm using|(?:she|he) (?:takes|uses)|we give|"
            + "(?:she's|he's) (?:on|taking|using)|already)\\b");

    record Result(List<Medication> medications, List<String> notices) {
    }

    private MedicationReader() {
    }

    static Result read(Context c, List<Allergy> allergies, Pronouns p) {
        List<Mention> all = MedicationMentions.find(c);
        List<Mention> given = ClinicDoses.of(c, all); // the nurse's words of a dose given, in their place in the visit
        // "Here you go. Paracetamol 1 gram, 2 tablets, … by mouth": the sentence that gives a dose orders none
        all.removeIf(m -> !m.action().equals("given") && given.stream().anyMatch(g -> g.where() == m.where()
                && g.drug().equals(m.drug())));
        all.addAll(given);
        all.addAll(RecountedDoses.of(c)); // "in triage you had 1 g of paracetamol through the drip"
        all.addAll(LocalAnaesthetics.of(c)); // "Lignocaine 2%, plain. … 4 mL in total. Sharp scratch."
        List<Mention> numbing = List.copyOf(all);
        all.removeIf(m -> LocalAnaesthetics.saidOfGiven(numbing, m));
        // "the script says doxycycline 100 mg once daily. Is that right?": the nurse checks the order, gives none
        all.removeIf(m -> Role.assisting(m.where().speaker()) && (m.dose() != null || m.frequency() != null)
                && !m.action().matches("given|vaccinate") && c.dialogue.ofTurn(m.where().turn()).stream()
                .anyMatch(u -> u.question()));
        all.sort(java.util.Comparator.comparingInt(m -> m.where().turn()));
        // "the albuterol inhaler" then "albuterol: 4 puffs": a drug said in one form only is that form throughout
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        all.forEach(m -> forms.computeIfAbsent(m.drug(), k -> new HashSet<>()).add(form(m.said())));
        forms.values().forEach(f -> f.remove(""));
        Map<String, List<Mention>> byDrug = new LinkedHashMap<>();
        for (Mention m : all) {
            String form = form(m.said());
            Set<String> known = forms.get(m.drug());
            if (form.isEmpty() && known.size() == 1) {
                form = known.iterator().next();
            }
            byDrug.computeIfAbsent(m.drug() + form, k -> new ArrayList<>()).add(m);
        }
        List<Medication> out = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<Allergy> known = withChart(c, allergies);
        for (List<Mention> mentions : byDrug.values().stream().flatMap(g -> ProductGroups.products(g).stream())
                .flatMap(g -> GivenThenSent.split(g).stream()).toList()) {
            Medication med = merge(c, mentions);
            med = med != null ? med : RefusedOffer.offeredOnly(c, mentions);
            if (med == null || DisownedDrugs.disowned(c, mentions) || DrugBans.bannedOnly(mentions)
                    || DisprovedLabels.onlyInTalk(c, mentions)) {
                continue;
            }
            med = RefusedOffer.of(c, BackupPrescription.of(c, UnknownDrugs.asSaid(c, mentions, med), mentions, p));
            med = DeferredStart.of(c, med, mentions, p);
            Term term = mentions.get(0).term();
            for (Allergy a : known) {
                if (AllergyTreatments.conflicts(med, term, a)) {
                    if (med.ordered() && !med.action().matches("stop|hold|declined")) {
                        notices.add("Check: " + med.drug() + " is ordered, but "
                                + (a.support().turns().isEmpty() ? "the chart lists" : "the visit mentions")
                                + " an allergy to " + a.substance() + ".");
                    }
                    String action = med.action().equals("taking") ? "allergen" : med.action();
                    med = new Medication(med.drug(), med.said(), med.dose(), med.previousDose(),
                            med.previousFrequency(), med.route(), med.frequency(), med.duration(), action, false,
                            med.reason(), med.support());
                }
            }
            // "Any allergies?" "Penicillin." "No, that's me, love.": an allergy taken back, no medicine of his
            if (!med.action().matches("taking|stopped") || mentions.stream().anyMatch(m -> !AnswerTopic.allergies(c,
                    m.where()) || TAKES.matcher(m.where().text()).find() || CARRIES.matcher(m.where().text()).find())) {
                out.add(med);
            }
        }
        out = ProductGroups.oneVisitProduct(c, ProductGroups.oneChartDrug(c, out));
        out.addAll(ChartMedicationsOff.read(c, out));
        return new Result(out, notices);
    }

    /** The visit's allergies and the chart's: a drug the chart lists as an allergen is not current either. */
    private static List<Allergy> withChart(Context c, List<Allergy> allergies) {
        List<Allergy> known = new ArrayList<>(allergies);
        if (c.chart != null) {
            for (ChartFact f : c.chart.allergies()) {
                if (f.label() != null && !f.label().isBlank()) {
                    known.add(new Allergy(f.label(), f.value(), false, new Support(List.of(),
                            List.of(f.reference()), 0.9)));
                }
            }
        }
        return known;
    }

    private static final Pattern FORM = Pattern.compile("(?i)\\b(patch|gum|lozenges?|inhaler|nasal spray|spray|cream|"
            + "ointment|gel|drops|suppositor(?:y|ies)|injection|shot)\\b");

    /** "The nicotine patch, 21 mg, and nicotine gum, 2 mg": one drug in two forms is two medications. */
    private static String form(String said) {
        java.util.regex.Matcher m = FORM.matcher(said == null ? "" : said);
        return m.find() ? " " + m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** Folds one drug's mentions in order: later fields replace earlier ones, history and plan apart. */
    private static Medication merge(Context c, List<Mention> mentions) {
        String dose = null;
        String frequency = null;
        String route = null;
        String status = null;
        String planAction = null;
        boolean startedHere = false;
        String planDose = null;
        String planFrequency = null;
        String planRoute = null;
        String duration = null;
        String from = null;
        String before = null;
        Support history = null;
        Support plan = null;
        boolean implied = false; // continued only by being named with its sig, no verb
        for (Mention m : mentions) {
            Support s = Support.of(m.action().endsWith("maybe") ? 0.6 : 0.85, m.where().turn());
            if (m.answerTurn() > 0) {
                s = s.and(Support.of(1, m.answerTurn()));
            }
            if (m.plan() && (ORDER.matcher(m.action()).matches() || m.action().equals("continue-implied")
                    || m.action().equals("taking") && planAction != null)) {
                if (planAction == null) {
                    before = status; // what the history said, not the patient's read-back of the order
                }
                if (ORDER.matcher(m.action()).matches()) {
                    // "start Flomax 0.4 mg at night … let's stick with Flomax": still a drug started today
                    // "increase the lasix to 60 for four days … let's try to use the lasix": the change stands
                    boolean reaffirmed = m.dose() == null && m.action().matches("continue|start")
                            && planAction != null && planAction.matches("increase|decrease|change");
                    planAction = startedHere && m.action().equals("continue") && history == null || reaffirmed
                            ? planAction : m.action();
                    startedHere |= m.action().equals("start");
                } else if (planAction == null
                        && (m.dose() != null || m.frequency() != null || m.duration() != null)) {
                    planAction = history == null ? "start" : "continue";
                    implied = history != null;
                    // "sumatriptan fifty…" then "keep the sumatriptan to two or three days a week": still started
                    startedHere |= history == null;
                }
                planDose = m.dose() != null ? FirstDay.then(planDose, m) : planDose;
                // "keep using the hydroxyzine 25 mg every 8 hours as needed … a dose at bedtime on bad nights is fine":
                // an aside without a dose or an order does not replace the sig
                boolean aside = m.dose() == null && planDose != null && planFrequency != null
                        && !ORDER.matcher(m.action()).matches();
                planFrequency = m.frequency() != null && !aside ? m.frequency() : planFrequency;
                planRoute = m.route() != null ? m.route() : planRoute;
                duration = m.duration() != null ? m.duration() : duration;
                from = m.from() != null ? m.from() : from;
                plan = plan == null ? s : plan.and(s);
                continue;
            }
            // "So two creams. Eumovate body, hydrocortisone face.": the order read back, no drug taken
            if (m.action().equals("tried") || planAction != null && !m.where().clinician()
                    && m.action().startsWith("taking") && !TAKES.matcher(m.where().text()).find()) {
                continue;
            }
            // "I stopped the naproxen last year" … "I can see the naproxen's still on your list": the chart read back
            boolean readBack = "stopped".equals(status) && m.where().clinician() && m.action().startsWith("taking")
                    // "I see simvastatin was stopped?" "Simvastatin gave me terrible cramps.": why, still stopped
                    || "stopped".equals(status) && !m.where().clinician()
                    && DrugEffects.tellsReaction(m.where().text());
            status = readBack ? status : m.action().equals("denied") ? (status == null ? "denied" : status)
                    : m.action().equals("stopped") ? "stopped" : m.action().equals("taking")
                    || m.action().startsWith("taking") ? "taking" : status == null ? m.action() : status;
            if (ORDER.matcher(m.action()).matches() && !m.plan()) {
                status = m.action().equals("stop") ? "stopped" : "taking";
            }
            dose = m.dose() != null ? m.dose() : dose;
            frequency = Sig.later(frequency, m.frequency());
            route = m.route() != null ? m.route() : route;
            history = history == null ? s : history.and(s);
        }
        Mention first = mentions.get(0);
        String chart = chartReference(c, first);
        if (planAction != null) {
            if (planAction.equals("start") && "taking".equals(before)) {
                // "use the albuterol, two puffs…" for an inhaler already in use; a new dose is a change
                planAction = planDose != null && dose != null && !planDose.equals(dose) ? "change" : "continue";
            }
            if (implied && planAction.equals("continue") || planAction.equals("change")) {
                planDose = DoseChange.planDose(dose, planDose);
                String way = DoseChange.direction(dose, planDose); // "normally two puffs … four to six puffs"
                planAction = way != null ? way : planAction;
            }
            if (implied && planAction.equals("continue") && "stopped".equals(status)) {
                planAction = "restart"; // "the Zyrtec you already have" after "I'm not taking it right now"
            }
            // named in the plan with a sig but no verb, for a drug the history told with none: a regimen new today
            boolean regimen = implied && planAction.equals("continue") && dose == null && frequency == null
                    && "taking".equals(status) && NewRegimen.of(mentions) != NewRegimen.Use.HABIT;
            planAction = regimen ? "start" : planAction;
            boolean changed = planAction.equals("increase") || planAction.equals("decrease")
                    || planAction.equals("change");
            String orderedDose = planDose != null ? DoseChange.withUnit(planDose, dose) : planAction.equals("stop")
                    ? null : dose;
            String previous = !changed ? null : from != null ? from : dose != null && !dose.equals(orderedDose) ? dose
                    : dose == null ? ChartDose.of(c, chart, first.drug(), said(first), orderedDose) : null;
            Support all = (history == null ? plan : history.and(plan)).withReference(chart);
            // a drug held for now is still the patient's ("hold the metformin, you may be having a dye study")
            boolean current = !planAction.matches("stop|declined")
                    && (!planAction.equals("hold") || "taking".equals(status) || chart != null)
                    && (!"stopped".equals(status) || !planAction.equals("start"))
                    && (history != null || !planAction.equals("taper")); // a reducing course started today
            return new Medication(first.drug(), said(mentions), orderedDose, previous, frequency,
                    planRoute != null ? planRoute : route, planFrequency != null ? planFrequency
                    : planAction.equals("stop") ? null : frequency, duration, planAction,
                    current && (regimen && NewRegimen.of(mentions) != NewRegimen.Use.PAST
                    || !planAction.matches("start|restart|vaccinate|given|declined|backup")), null, all);
        }
        if (history == null || status == null) {
            return null;
        }
        boolean taking = status.equals("taking");
        return new Medication(first.drug(), said(mentions), dose, null, null, route, frequency, null,
                taking ? "taking" : status.equals("denied") ? "denied" : "stopped", taking, null,
                history.withReference(chart));
    }

    /** The drug as said, when that is a brand ("Lasix") the note keeps beside the generic; else the generic. */
    /** "adrenaline" then "adrenaline pens": the drug as first said, or said more fully later ("pens"). */
    private static String said(List<Mention> mentions) {
        String first = said(mentions.get(0));
        for (Mention m : mentions) {
            String lower = m.said().toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith(first.toLowerCase(java.util.Locale.ROOT) + " ")) {
                return m.said();
            }
        }
        return first;
    }

    private static String said(Mention m) {
        return m.said().equalsIgnoreCase(m.drug()) ? m.drug() : m.said();
    }

    /** The chart's MedicationRequest naming the same drug (generic, brand, or each part of a combination). */
    private static String chartReference(Context c, Mention m) {
        return ChartDose.reference(c, m.drug(), m.said(), m.term());
    }
}
