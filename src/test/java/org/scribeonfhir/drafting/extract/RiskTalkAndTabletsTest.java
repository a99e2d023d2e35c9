package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Critical defects a physician found in 2.5.60's drafts of six unseen visits (`src/challenge/reads/2.5.60`), each
 * written again in our own words: a side effect or a risk explained is no problem, a dose made of two tablets, a
 * suspected fracture, a brother's heart attack answered without "he", a drug the patient stopped is no order.
 */
class RiskTalkAndTabletsTest {

    @Test
    void aSideEffectOrARiskExplainedIsNoProblem() {
        List<String> plan = Visits.lines(Visits.draft("[patient] My sugars have been running high.",
                "[doctor] I think your diabetes isn't controlled, so I'll start dapagliflozin ten milligrams daily.",
                "[doctor] It can cause thrush in the genital area, so keep things clean and dry.",
                "[doctor] With the irregular rhythm, clots can form in the heart and cause a stroke, so we'll talk "
                        + "about a blood thinner."), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.matches("\\d\\. .*(?:[Cc]andidiasis|[Tt]hrush|[Ss]troke).*"));
    }

    @Test
    void twoOfTheFiveHundredMilligramTabletsAreAThousand() {
        List<String> plan = Visits.lines(Visits.draft("[patient] I fell on my hand.",
                "[doctor] This is a wrist sprain. You can take paracetamol, five hundred milligram tablets, two every "
                        + "six hours as needed."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("1000 mg every 6 hours")).noneMatch(l -> l.contains(" 500 mg"));
    }

    @Test
    void aSuspectedFractureIsWrittenAsLikely() {
        List<String> plan = Visits.lines(Visits.draft("[patient] I fell on my outstretched hand.",
                "[doctor] The X-rays don't show a fracture.",
                "[doctor] So today's diagnosis is a wrist injury with a suspected scaphoid fracture."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.matches("1\\. Likely scaphoid fracture.*"));
    }

    @Test
    void aBrothersHeartAttackAnsweredWithoutHeIsHis() {
        List<String> hpi = Visits.lines(Visits.draft("[patient] My sugars have been high.",
                "[doctor] And remind me, your brother had heart trouble?",
                "[patient] Gus, yeah. Heart attack at sixty, they put two stents in."), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).noneMatch(l -> l.startsWith("Past medical history") && l.contains("myocardial infarction"))
                .anyMatch(l -> l.startsWith("Family history") && l.contains("brother with myocardial infarction"));
    }

    @Test
    void aDrugThePatientStoppedIsNoStopOrder() {
        var note = Visits.draft("[patient] Lisinopril, ten milligrams. I stopped it about a month ago.",
                "[doctor] This is atrial fibrillation.",
                "[doctor] I'd like to start bisoprolol, two point five milligrams once a day. It will also help your "
                        + "blood pressure, which is high today now you've stopped the lisinopril.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).noneMatch(l -> l.contains("Stop lisinopril"));
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("no longer taking lisinopril"));
    }
}
