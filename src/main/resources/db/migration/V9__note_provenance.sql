-- The signed Provenance written with each note (HL7 AI Transparency: the model as author, the signer as verifier,
-- a detached JWS over the note's bytes). Kept here whatever the EHR did with it: the reference it gave, or why
-- it refused (some EHRs do not accept Provenance writes).
create table note_provenance (
    draft_id    uuid primary key references draft(id) on delete cascade,
    provenance  jsonb not null,
    reference   text,
    problem     text,
    recorded_at timestamptz not null
);
