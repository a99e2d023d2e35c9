package org.scribeonfhir.review;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.NoteDrafter;
import org.scribeonfhir.ehr.EhrConfig;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterReader;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.problem.ProblemException;
import org.scribeonfhir.writeback.NoteWriter;
import org.scribeonfhir.writeback.SignedNote;

/** Opens the encounter's draft, saves edits, replaces the transcript, signs and writes the note. */
@ApplicationScoped
class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final DraftStore drafts;
    private final EncounterReader reader;
    private final NoteDrafter composer;
    private final NoteWriter writer;
    private final EhrConfig ehrConfig;
    private final Clock clock;

    ReviewService(DraftStore drafts, EncounterReader reader, NoteDrafter composer, NoteWriter writer,
            EhrConfig ehrConfig, Clock clock) {
        this.clock = clock;
        this.drafts = drafts;
        this.reader = reader;
        this.composer = composer;
        this.writer = writer;
        this.ehrConfig = ehrConfig;
    }

    /** A launch lands here: re-read the chart, then reopen the encounter's draft or make the first one. */
    Draft open(LaunchSession session) {
        EncounterContext context = reader.read(session);
        Optional<Draft> existing = drafts.latestFor(session.iss(), session.patientId(), session.encounterId());
        if (existing.isEmpty()) {
            Draft created = drafts.create(session.iss(), session.patientId(), session.encounterId(),
                    composer.draft(context), context, session.fhirUser());
            LOG.infof("Draft %s created", created.id());
            return created;
        }
        Draft draft = existing.get();
        if (!draft.state().editable()) {
            return draft;
        }
        if (context.transcript() == null && draft.transcript() != null) {
            // Keep what a scribe pasted earlier: the EHR still has no transcript of its own.
            context = context.withTranscript(draft.transcript(), draft.transcriptSource());
        }
        return drafts.redraft(draft, composer.draft(context), context, session.fhirUser());
    }

    /** The draft, if it belongs to this launch's issuer, patient and encounter; never another's. */
    Draft own(LaunchSession session, UUID id) {
        return drafts.find(id)
                .filter(d -> d.iss().equals(session.iss()) && d.patientId().equals(session.patientId())
                        && d.encounterId().equals(session.encounterId()))
                .orElseThrow(ReviewProblems::notYours);
    }

    /** @return the saved draft, or empty when someone else saved first */
    Optional<Draft> save(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections) {
        if (!draft.state().editable()) {
            throw ReviewProblems.notEditable().keeping(sections);
        }
        if (sections.equals(draft.sections()) && baseVersion == draft.version()) {
            return Optional.of(draft);
        }
        return drafts.save(draft.id(), baseVersion, sections, session.fhirUser());
    }

    Draft replaceTranscript(LaunchSession session, Draft draft, String text, String source) {
        if (!draft.state().editable()) {
            throw ReviewProblems.notEditable();
        }
        if (text == null || text.isBlank()) {
            throw ReviewProblems.transcriptEmpty();
        }
        long bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > ehrConfig.maxTranscriptBytes()) {
            throw ReviewProblems.transcriptTooLarge(bytes, ehrConfig.maxTranscriptBytes());
        }
        EncounterContext context = draft.context().withTranscript(text, source);
        return drafts.redraft(draft, composer.draft(context), context, session.fhirUser());
    }

    /**
     * Saves the text being signed, records the signature, then writes the note. A failed write leaves the
     * draft signed-but-unwritten ({@code write-failed}) with its text, ready for another try.
     *
     * @return the draft after the attempt; empty when someone else saved first
     */
    Optional<Draft> sign(LaunchSession session, Draft draft, int baseVersion, Map<String, String> sections) {
        if (!"Practitioner".equals(session.fhirUserType())) {
            throw ReviewProblems.cannotSign(session.fhirUser() == null
                    ? "The EHR did not tell Scribe who you are, so the note cannot carry your signature."
                    : "Only a clinician (a FHIR Practitioner) can sign notes; you are signed in as "
                            + session.fhirUserType() + ".").keeping(sections);
        }
        Optional<Draft> saved = save(session, draft, baseVersion, sections);
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        Draft current = saved.get();
        if (!drafts.markSigned(current.id(), current.version(), session.fhirUser())) {
            return Optional.empty();
        }
        String text = DraftNote.render(current.sections());
        SignedNote note = new SignedNote(current.id(), current.patientId(), current.encounterId(),
                session.fhirUser(), text, clock.instant());
        try {
            String reference = writer.write(session, note);
            drafts.markWritten(current.id(), reference);
        } catch (ProblemException e) {
            drafts.markWriteFailed(current.id(), e.title() + ": " + e.detail());
            throw e.keeping(sections);
        }
        return drafts.find(current.id());
    }
}
