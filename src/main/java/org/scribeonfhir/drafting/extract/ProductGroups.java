package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Support;

/** Which mentions make one medication: a product beside the one taken, a class and the chart's product of it. */
final class ProductGroups {

    private ProductGroups() {
    }

    /**
     * "I've been using E45" … "an emollient, Hydromol ointment": a product of the same generic started beside the one
     * taken is another medication; the mentions by the taken one's name stay with it.
     */
    static List<List<Mention>> products(List<Mention> mentions) {
        String taken = mentions.stream().filter(m -> !m.plan() && m.action().startsWith("taking")
                && !m.said().equalsIgnoreCase(m.drug())).map(Mention::said).findFirst().orElse(null);
        // "use paracetamol, Crocin, 500 mg": the brand said beside the taken name in one sentence is the same product
        boolean another = taken != null && mentions.stream().anyMatch(m -> m.plan() && m.action().equals("start")
                && !m.said().equalsIgnoreCase(m.drug()) && !m.said().equalsIgnoreCase(taken)
                && mentions.stream().noneMatch(x -> x.where() == m.where() && x.said().equalsIgnoreCase(taken)));
        if (!another) {
            return List.of(byProduct(mentions));
        }
        List<Mention> kept = mentions.stream().filter(m -> !m.plan() || m.said().equalsIgnoreCase(taken)).toList();
        return List.of(kept, byProduct(mentions.stream().filter(m -> !kept.contains(m)).toList()));
    }

    /** "An emollient called Hydromol ointment": a drug named by its class goes by the product's name the visit said. */
    private static List<Mention> byProduct(List<Mention> mentions) {
        Term t = mentions.get(0).term();
        if (t == null || !t.canonical().equalsIgnoreCase(t.group())) {
            return mentions;
        }
        return mentions.stream().sorted(java.util.Comparator.comparing(m -> m.said().equalsIgnoreCase(m.drug())))
                .toList();
    }

    /**
     * "I came off the pill in August… the Microgynon, I stopped it": a drug said by its class and the chart's product
     * of that class it stands for are one drug, told once under the product's name.
     */
    static List<Medication> oneChartDrug(Context c, List<Medication> meds) {
        List<Medication> out = new ArrayList<>(meds);
        for (Medication m : meds) {
            boolean byClass = c.vocabulary.find(Term.Kind.DRUG, m.drug()).stream()
                    .anyMatch(x -> x.term().canonical().equalsIgnoreCase(x.term().group()));
            Medication named = !byClass ? null : out.stream().filter(n -> n != m && n.action().equals(m.action())
                    && n.support().references().stream().anyMatch(m.support().references()::contains))
                    .findFirst().orElse(null);
            if (named != null) {
                List<Integer> turns = new ArrayList<>(named.support().turns());
                turns.addAll(m.support().turns());
                out.set(out.indexOf(named), new Medication(named.drug(), named.said(), named.dose(),
                        named.previousDose(), named.previousFrequency(), named.route(), named.frequency(),
                        named.duration(), named.action(), named.current(), named.reason(), new Support(turns,
                        named.support().references(), named.support().confidence())));
                out.remove(m);
            }
        }
        return out;
    }

    /**
     * "I'll write Alesse, one pill a day… it doesn't stop you taking the pill": the class said without a dose, beside
     * the visit's own product of that class, is that product, not a second drug started.
     */
    static List<Medication> oneVisitProduct(Context c, List<Medication> meds) {
        List<Medication> out = new ArrayList<>(meds);
        for (Medication m : meds) {
            Term cls = c.vocabulary.lookup(Term.Kind.DRUG, m.drug());
            if (cls == null || !cls.canonical().equalsIgnoreCase(cls.group()) || m.dose() != null
                    || m.frequency() != null || !m.action().matches("start|continue|taking")) {
                continue;
            }
            boolean product = meds.stream().anyMatch(n -> n != m && !n.action().matches("allergen|declined|stopped|stop")
                    && java.util.Optional.ofNullable(c.vocabulary.lookup(Term.Kind.DRUG, n.drug()))
                    .filter(t -> t != cls && cls.canonical().equalsIgnoreCase(t.group())).isPresent());
            if (product) {
                out.remove(m);
            }
        }
        return out;
    }
}
