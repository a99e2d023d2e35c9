package org.scribeonfhir.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.scribeonfhir.launch.BrowserRebound;

/**
 * Every launch issues a new browser cookie, yet text typed after a session ended must still be saved at the
 * next launch from that browser: the launch hands it over from the old cookie's key to the new one's.
 */
@ApplicationScoped
class KeptTextFollowsBrowser {

    private final KeptTextStore kept;

    KeptTextFollowsBrowser(KeptTextStore kept) {
        this.kept = kept;
    }

    void onRebound(@Observes BrowserRebound rebound) {
        kept.move(rebound.previousKey(), rebound.currentKey());
    }
}
