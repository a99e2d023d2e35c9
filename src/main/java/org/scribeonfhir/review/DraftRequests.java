package org.scribeonfhir.review;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.Sessions;
import org.scribeonfhir.problem.ProblemException;

/** What a pane request passes before it reaches a draft: an id that parses, and for a change, its session. */
@ApplicationScoped
class DraftRequests {

    private final Sessions sessions;
    private final ReviewService review;

    DraftRequests(Sessions sessions, ReviewService review) {
        this.sessions = sessions;
        this.review = review;
    }

    /**
     * The session behind a state-changing request, with its CSRF token checked. When the session has ended,
     * the typed text is kept for its practitioner in this browser (restored at their next launch) and shown back.
     */
    LaunchSession authorized(String cookie, String browser, String csrf, Map<String, String> typed,
            String id, int baseVersion) {
        Optional<LaunchSession> session;
        try {
            session = sessions.find(cookie);
        } catch (ProblemException e) {
            throw e.keeping(typed); // e.g. the database is down: show the text back
        }
        if (session.isEmpty()) {
            if (baseVersion >= 0 && keptAfterSessionEnded(cookie, browser, id, baseVersion, typed)) {
                throw ReviewProblems.sessionEndedTextKept(typed);
            }
            try {
                return sessions.require(cookie);
            } catch (ProblemException e) {
                throw e.keeping(typed);
            }
        }
        if (!sessions.csrfMatches(session.get(), csrf)) {
            throw ReviewProblems.badCsrf(typed).withLink("/drafts/" + id, "Back to the draft");
        }
        return session.get();
    }

    /**
     * Keeps text sent after the session ended, for the practitioner of that session and this browser: only
     * when the browser still carries both cookies and the session was for this draft's visit.
     */
    boolean keptAfterSessionEnded(String cookie, String browser, String id, int baseVersion,
            Map<String, String> typed) {
        Optional<String> browserKey = sessions.browserKey(browser);
        Optional<UUID> draftId = tryParse(id);
        if (browserKey.isEmpty() || draftId.isEmpty() || typed.isEmpty()) {
            return false;
        }
        Optional<LaunchSession> ended = sessions.ended(cookie);
        return ended.isPresent() && review.keep(ended.get(), draftId.get(), browserKey.get(), baseVersion, typed);
    }

    /** A malformed id answers like someone else's draft, so ids cannot be probed. */
    static UUID parse(String id) {
        return tryParse(id).orElseThrow(ReviewProblems::notYours);
    }

    private static Optional<UUID> tryParse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
