package org.scribeonfhir.review;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.problem.ProblemException;
import org.scribeonfhir.validation.Finding;

/** A signer's acknowledgement of a critical safety finding: the reason, who and when, stored before signing. */
@ApplicationScoped
class Acknowledgements {

    private static final Logger LOG = Logger.getLogger(Acknowledgements.class);

    private final DraftStore drafts;
    private final ReviewService review;

    Acknowledgements(DraftStore drafts, ReviewService review) {
        this.drafts = drafts;
        this.review = review;
    }

    /**
     * Records that the signer acknowledged a critical finding in the draft's current text, with their reason.
     * Only someone who may sign acknowledges: the acknowledgement is what lets the note be signed.
     */
    Draft acknowledge(LaunchSession session, Draft draft, String findingKey, String reason) {
        requireAcknowledgement(session, draft, reason, Map.of());
        Finding finding = SafetyReview.of(draft, draft.sections()).stream()
                .filter(r -> r.open() && r.finding().key().equals(findingKey))
                .map(SafetyReview.Reviewed::finding).findFirst()
                .orElseThrow(ReviewProblems::noSuchFinding);
        if (!drafts.acknowledge(draft.id(), draft.version(), finding, reason, session.fhirUser())) {
            throw ReviewProblems.notEditable(); // signed meanwhile; a second acknowledgement is filtered above
        }
        LOG.infof("Draft %s: a critical %s finding acknowledged", draft.id(), finding.kind());
        return drafts.find(draft.id()).orElseThrow();
    }

    /** The pane's way: the text as typed is saved first, then the finding in it is acknowledged. */
    SaveResult acknowledge(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections,
            String findingKey, String reason) {
        requireAcknowledgement(session, draft, reason, sections);
        SaveResult saved = review.save(session, draft, baseVersion, sections);
        if (saved.conflict()) {
            return saved;
        }
        try {
            return SaveResult.saved(acknowledge(session, saved.draft(), findingKey, reason));
        } catch (ProblemException e) {
            throw e.keeping(sections);
        }
    }

    private static void requireAcknowledgement(LaunchSession session, Draft draft, String reason,
            Map<String, String> sections) {
        if (!draft.state().editable()) {
            throw ReviewProblems.notEditable().keeping(sections);
        }
        String whyNot = Signers.whyNot(session, draft);
        if (whyNot != null) {
            throw ReviewProblems.cannotAcknowledge(whyNot).keeping(sections);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > SafetyReview.MAX_REASON) {
            throw ReviewProblems.acknowledgementNeedsReason().keeping(sections);
        }
    }
}
