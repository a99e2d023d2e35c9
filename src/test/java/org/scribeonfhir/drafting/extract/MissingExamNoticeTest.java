package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A visit with no examination described leaves the exam empty and tells the reviewer to complete it; a visit with
 * an exam, a telephone consultation (whose note says it was not examined) or a draft without any conversation needs
 * no such notice.
 */
class MissingExamNoticeTest {

    private static final String NOTICE = "No examination was described in the conversation";

    @Test
    void noExamDescribedIsANoticeForTheReviewer() {
        var v = Visits.read("[patient] I've had a cough for a week.", "[doctor] I think this is a viral cough.");
        assertThat(v.exam()).isEmpty();
        assertThat(v.notices()).anyMatch(n -> n.startsWith(NOTICE));
    }

    @Test
    void anExamDescribedNeedsNoNotice() {
        var v = Visits.read("[patient] I've had a cough for a week.", "[doctor] Let me listen. Your lungs are clear.",
                "[doctor] I think this is a viral cough.");
        assertThat(v.notices()).noneMatch(n -> n.startsWith(NOTICE));
    }

    @Test
    void aTelephoneConsultationNeedsNoNotice() {
        var v = Visits.read("[doctor] Hello, it's Dr Shaw returning your call.",
                "[patient] I've had a cough for a week.",
                "[doctor] I think this is a viral cough.");
        assertThat(v.notices()).noneMatch(n -> n.startsWith(NOTICE));
    }

    @Test
    void aDraftWithoutAConversationNeedsNoNotice() {
        assertThat(Visits.read().notices()).noneMatch(n -> n.startsWith(NOTICE));
    }
}
