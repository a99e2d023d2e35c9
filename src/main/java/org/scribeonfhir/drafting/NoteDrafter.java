package org.scribeonfhir.drafting;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.drafting.model.ModelCard;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.problem.ProblemException;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The drafting service: the encounter's transcript and chart in, an evidence-linked SOAP draft out. The
 * model is loaded and checked against its card at start-up (a mismatch stops the app) and warmed with one
 * pass, so the first visit does not pay for it.
 */
@ApplicationScoped
public class NoteDrafter {

    private static final Logger LOG = Logger.getLogger(NoteDrafter.class);
    private static final String WARM_UP = "[doctor] how are you feeling today?\n[patient] i have had a cough for "
            + "two weeks and i take lisinopril 10 mg daily.\n[doctor] your lungs are clear. let's get a chest x-ray.";

    private final DraftingConfig config;
    private volatile Drafting drafting;

    NoteDrafter(DraftingConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        long t0 = System.nanoTime();
        Drafting d = drafting();
        d.draft(WARM_UP, null);
        ModelCard card = d.model().card();
        LOG.infof("Drafting model %s %s (card sha256 %s) verified and warmed in %d ms", card.name(), card.version(),
                card.sha256().substring(0, 12), (System.nanoTime() - t0) / 1_000_000);
    }

    void stop(@Observes ShutdownEvent event) {
        if (drafting != null) {
            drafting.model().close();
        }
    }

    private Drafting drafting() {
        Drafting d = drafting;
        if (d == null) {
            synchronized (this) {
                if (drafting == null) {
                    drafting = new Drafting(ClinicalModel.load(Thread.currentThread().getContextClassLoader(),
                            config.encoderSessions()));
                }
                d = drafting;
            }
        }
        return d;
    }

    /** The model's card once it is loaded and checked against it; empty before (readiness must not load it). */
    public java.util.Optional<ModelCard> loaded() {
        Drafting d = drafting;
        return d == null ? java.util.Optional.empty() : java.util.Optional.of(d.model().card());
    }

    public ModelCard model() {
        return drafting().model().card();
    }

    /** The loaded model itself (for tests of the tokenisation glue against the real files). */
    public ClinicalModel clinicalModel() {
        return drafting().model();
    }

    /**
     * The review pane's draft: the chart always, the transcript when there is one that can be read. Never
     * fails on the transcript; what it could not use is logged (as a reason, never the text).
     */
    public DraftNote draft(EncounterContext context) {
        String transcript = context.transcript();
        if (transcript == null || transcript.isBlank()) {
            return drafting().chartOnly(context);
        }
        try {
            TranscriptCheck.require(transcript, config.maxTranscriptChars());
        } catch (ProblemException e) {
            LOG.infof("Transcript not drafted (%s); chart-only draft", e.code());
            return drafting().chartOnly(context).withNotice("The transcript was not used for this draft: "
                    + e.title() + ". " + e.detail() + " " + e.action());
        }
        return drafting().draft(transcript, context).note();
    }

    /** The preview API's draft: refuses an unreadable transcript with a problem the caller can act on. */
    public Drafted preview(String transcript, EncounterContext chart) {
        TranscriptCheck.require(transcript, config.maxTranscriptChars());
        Drafted d = drafting().draft(transcript, chart);
        LOG.debugf("Preview drafted in %d ms", d.timingsMs().get("total"));
        return d;
    }

    static Map<String, Object> modelBlock(ModelCard card) {
        return Map.of("name", card.name(), "version", card.version(), "sha256", card.sha256());
    }
}
