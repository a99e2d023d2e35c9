package org.scribeonfhir.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.NoteDrafter;
import org.scribeonfhir.drafting.model.ModelCard;
import org.scribeonfhir.ehr.EhrConfig;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterReader;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.problem.ProblemException;
import org.scribeonfhir.validation.Finding;
import org.scribeonfhir.writeback.NoteWriter;
import org.scribeonfhir.writeback.SignedNote;

/** The review workflow: open, save, keep and restore text, mark ready, regenerate, sign and write. */
@ApplicationScoped
class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);
    private static final Duration SIGNING_TIMEOUT = Duration.ofMinutes(2);

    private final DraftStore drafts;
    private final SignLedger ledger;
    private final KeptTextStore kept;
    private final EncounterReader reader;
    private final NoteDrafter drafter;
    private final NoteWriter writer;
    private final EhrConfig ehrConfig;
    private final Clock clock;

    ReviewService(DraftStore drafts, SignLedger ledger, KeptTextStore kept, EncounterReader reader,
            NoteDrafter drafter, NoteWriter writer, EhrConfig ehrConfig, Clock clock) {
        this.drafts = drafts;
        this.ledger = ledger;
        this.kept = kept;
        this.reader = reader;
        this.drafter = drafter;
        this.writer = writer;
        this.ehrConfig = ehrConfig;
        this.clock = clock;
    }

    /** save, ready and sign share this shape: the text a person sent, on the version they edited. */
    @FunctionalInterface
    interface Change {
        SaveResult apply(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections);
    }

    /** A launch lands here: re-read the chart, then reopen the encounter's draft or make the first one. */
    Draft open(LaunchSession session) {
        EncounterContext context = reader.read(session);
        Optional<Draft> existing = drafts.latestFor(session.iss(), session.patientId(), session.encounterId());
        if (existing.isEmpty()) {
            Draft created = drafts.create(session.iss(), session.patientId(), session.encounterId(),
                    drafter.draft(context), context, session.fhirUser());
            LOG.infof("Draft %s created", created.id());
            return created;
        }
        Draft draft = recoverInterruptedSigning(existing.get());
        if (!draft.state().editable()) {
            return draft;
        }
        if (context.transcript() == null && draft.transcript() != null) {
            // Keep what a scribe pasted earlier: the EHR still has no transcript of its own.
            context = context.withTranscript(draft.transcript(), draft.transcriptSource());
        }
        return drafts.redraft(draft, drafter.draft(context), context, "model", session.fhirUser());
    }

    /** The draft, if it belongs to this launch's issuer, patient and encounter; never another's. */
    Draft own(LaunchSession session, UUID id) {
        return drafts.find(id)
                .filter(d -> ofVisit(d, session))
                .map(this::recoverInterruptedSigning)
                .orElseThrow(ReviewProblems::notYours);
    }

    private static boolean ofVisit(Draft d, LaunchSession session) {
        return d.iss().equals(session.iss()) && d.patientId().equals(session.patientId())
                && d.encounterId().equals(session.encounterId());
    }

    SaveResult save(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections) {
        if (!draft.state().editable()) {
            throw ReviewProblems.notEditable().keeping(sections);
        }
        return drafts.save(draft.id(), baseVersion, sections, "edit", session.fhirUser());
    }

    /**
     * Text typed after the session ended, kept for this browser and the practitioner of that ended session
     * until their next launch; only for the draft of that session's visit. False when nothing was kept.
     */
    boolean keep(LaunchSession ended, UUID draftId, String browserKey, int baseVersion, Map<String, String> sections) {
        Optional<Draft> draft = drafts.find(draftId).filter(d -> ofVisit(d, ended));
        draft.ifPresent(d -> kept.keep(d.id(), browserKey, ended.fhirUser(), baseVersion, sections));
        return draft.isPresent();
    }

    /** What became of text kept for this browser: saved as a new version, or in conflict with newer text. */
    record Restored(SaveResult result, Map<String, String> text, Instant keptAt) {
    }

    /** The launching practitioner's own kept text, saved; text others kept here stays theirs. */
    Optional<Restored> restoreKept(LaunchSession session, Draft draft, String browserKey) {
        if (browserKey == null || !draft.state().editable()) {
            return Optional.empty();
        }
        return kept.take(draft.id(), browserKey, session.fhirUser()).map(text -> new Restored(
                drafts.save(draft.id(), text.baseVersion(), text.sections(), "restored", session.fhirUser()),
                text.sections(), text.keptAt()));
    }

    /** Text other practitioners typed here while signed out, not applied: the pane says whose it is. */
    List<KeptTextStore.HeldFor> keptForOthers(LaunchSession session, Draft draft, String browserKey) {
        return browserKey == null || !draft.state().editable() ? List.of()
                : kept.heldForOthers(draft.id(), browserKey, session.fhirUser());
    }

    /** Saves the text as sent, then records that this person accepted the statement (its "check" cleared). */
    SaveResult accept(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections,
            String statement) {
        SaveResult saved = save(session, draft, baseVersion, sections);
        if (saved.conflict()) {
            return saved;
        }
        // Only a "check" statement that still stands as drafted can be accepted: nothing else is recorded.
        if (statement == null || !SignReview.unreviewed(saved.draft(), saved.draft().sections()).stream()
                .map(StatementMarks::normalize).toList().contains(StatementMarks.normalize(statement))) {
            throw ReviewProblems.notACheckStatement().keeping(sections);
        }
        drafts.accept(draft.id(), statement, session.fhirUser());
        return SaveResult.saved(drafts.find(draft.id()).orElseThrow());
    }

    /** Removes the statement from the text as a version of its own ("reject"); the history keeps it. */
    SaveResult reject(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections,
            String statement) {
        SaveResult saved = save(session, draft, baseVersion, sections); // refuses a signed note, keeping the text
        if (saved.conflict() || statement == null || statement.isBlank()) {
            return saved;
        }
        Draft current = saved.draft();
        return drafts.save(current.id(), current.version(), SignReview.without(current.sections(), statement),
                "reject", session.fhirUser());
    }

    /** An older version's text saved as the newest version, on the version the person was looking at. */
    SaveResult restoreVersion(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections) {
        if (!draft.state().editable()) {
            throw ReviewProblems.notEditable();
        }
        return drafts.save(draft.id(), baseVersion, sections, "restore", session.fhirUser());
    }

    SaveResult ready(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections) {
        SaveResult saved = save(session, draft, baseVersion, sections);
        if (saved.conflict()) {
            return saved;
        }
        if (!ledger.markReady(draft.id(), saved.draft().version(), session.fhirUser())) {
            return SaveResult.conflict(drafts.find(draft.id()).orElseThrow());
        }
        LOG.infof("Draft %s marked ready for signature", draft.id());
        return SaveResult.saved(drafts.find(draft.id()).orElseThrow());
    }

    /** A new model draft from a fresh read of the chart; the current text stays in the version history. */
    Draft regenerate(LaunchSession session, Draft draft) {
        if (!draft.state().editable()) {
            throw ReviewProblems.notEditable();
        }
        EncounterContext context = reader.read(session);
        if (context.transcript() == null && draft.transcript() != null) {
            context = context.withTranscript(draft.transcript(), draft.transcriptSource());
        }
        return drafts.regenerate(draft, drafter.draft(context), context, session.fhirUser());
    }

    Draft replaceTranscript(LaunchSession session, Draft draft, String text, String source) {
        if (!draft.state().editable()) {
            throw ReviewProblems.notEditable();
        }
        if (text == null || text.isBlank()) {
            throw ReviewProblems.transcriptEmpty();
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > ehrConfig.maxTranscriptBytes()) {
            throw ReviewProblems.transcriptTooLarge(bytes, ehrConfig.maxTranscriptBytes());
        }
        EncounterContext context = draft.context().withTranscript(text, source);
        return drafts.redraft(draft, drafter.draft(context), context, "transcript", session.fhirUser());
    }

    /**
     * Saves the text being signed, records the signature, then writes the note. A failed write leaves the
     * draft signed-but-unwritten ({@code write-failed}) with its text, ready for another try.
     */
    SaveResult sign(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections,
            SignReview.Consent consent) {
        String refusal = Signers.whyNot(session, draft);
        if (refusal != null) {
            throw ReviewProblems.cannotSign(refusal).keeping(sections);
        }
        boolean retry = draft.state() == DraftState.WRITE_FAILED; // the EHR may hold the note already
        // The text is saved first, so that whatever signing still asks for, nothing typed is lost meanwhile.
        SaveResult saved = save(session, draft, baseVersion, sections);
        if (saved.conflict()) {
            return saved;
        }
        Draft current = saved.draft();
        List<String> unreviewed = SignReview.unreviewed(current, current.sections());
        List<Finding> openCritical = SafetyReview.openCritical(current);
        if (!consent.attested() || !unreviewed.isEmpty() && !consent.unreviewedConfirmed()
                || !openCritical.isEmpty()) {
            throw new SignNeedsReview(consent.unreviewedConfirmed() ? List.of() : unreviewed, consent.attested(),
                    openCritical, current);
        }
        if (!ledger.markSigned(current.id(), current.version(), session.fhirUser(), SignReview.ATTESTATION)) {
            return SaveResult.conflict(drafts.find(current.id()).orElseThrow());
        }
        Instant signedAt = clock.instant();
        String composer = current.modelDraft().composer();
        String composerSha = drafter.loaded().filter(card -> composer.equals(card.name() + "/" + card.version()))
                .map(ModelCard::sha256).orElse(null); // the hash only when the loaded model is the one that drafted
        SignedNote note = new SignedNote(current.id(), current.patientId(), current.encounterId(),
                session.fhirUser(), DraftNote.render(current.sections()), signedAt, composer, composerSha);
        try {
            NoteWriter.Written written = writer.write(session, note, retry);
            ledger.markWritten(current.id(), written, OverrideMetrics.of(current.modelDraft(), current.sections(),
                    current.createdAt(), session.fhirUser(), signedAt));
        } catch (ProblemException e) {
            ledger.markWriteFailed(current.id(), e.title() + ": " + e.detail());
            throw e.keeping(sections).withLink("/drafts/" + current.id(), "Back to the draft (your text is saved)");
        }
        return SaveResult.saved(drafts.find(current.id()).orElseThrow());
    }

    /**
     * A draft left 'signed' for minutes never heard back from the EHR (the app stopped mid-write). Make it
     * retryable: the retry carries the same identifier, so a note the EHR did store is not duplicated where
     * the EHR honours If-None-Exist.
     */
    private Draft recoverInterruptedSigning(Draft draft) {
        if (draft.state() == DraftState.SIGNED && draft.signedAt() != null
                && draft.signedAt().isBefore(clock.instant().minus(SIGNING_TIMEOUT))) {
            ledger.markWriteFailed(draft.id(), "Signing was interrupted before the EHR confirmed the note. "
                    + "Check the chart for it before signing again.");
            return drafts.find(draft.id()).orElseThrow();
        }
        return draft;
    }
}
