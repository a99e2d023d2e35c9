package org.scribeonfhir.drafting.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Two complaints of one site are said once: "Denies numbness or tingling of the foot." */
class SharedSiteListTest {

    @Test
    void twoComplaintsOfOneSiteShareIt() {
        assertThat(Lines.list(List.of("numbness of the foot", "tingling of the foot"), "or"))
                .isEqualTo("numbness or tingling of the foot");
        assertThat(Lines.list(List.of("chest pain", "numbness of the foot", "tingling of the foot", "blurred vision"),
                "or")).isEqualTo("chest pain, numbness or tingling of the foot, or blurred vision");
        assertThat(Lines.list(List.of("numbness of the foot", "tingling of the foot", "knee pain"), "or"))
                .isEqualTo("numbness or tingling of the foot, or knee pain");
    }

    @Test
    void differentSitesStayApart() {
        assertThat(Lines.list(List.of("numbness of the face", "tingling of the foot"), "or"))
                .isEqualTo("numbness of the face or tingling of the foot");
    }
}
