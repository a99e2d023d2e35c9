-- Pending SMART authorizations: one row per /launch, consumed once by /callback.
create table launch_state (
    state_hash     text primary key,          -- sha-256 of the state value sent to the EHR
    browser_hash   text not null,             -- sha-256 of the browser-binding cookie
    issuer_id      text not null,             -- key of the configured issuer
    iss            text not null,
    launch         text,                      -- null for a standalone launch
    code_verifier  text not null,
    created_at     timestamptz not null,
    expires_at     timestamptz not null
);
create index launch_state_expiry on launch_state (expires_at);

-- Server-side SMART sessions: the browser holds only an opaque cookie whose hash is the key.
create table app_session (
    id_hash              text primary key,
    issuer_id            text not null,
    iss                  text not null,
    token_response       jsonb not null,      -- the whole token response (never sent to the browser)
    access_expires_at    timestamptz,
    patient_id           text,
    encounter_id         text,
    fhir_user            text,
    need_patient_banner  boolean not null default false,
    smart_style_url      text,
    granted_scope        text,
    csrf_token           text not null,
    created_at           timestamptz not null,
    last_seen_at         timestamptz not null,
    expires_at           timestamptz not null
);
create index app_session_expiry on app_session (expires_at);

-- Drafts belong to (issuer, patient, encounter). At most one open draft per encounter.
create table draft (
    id                 uuid primary key,
    iss                text not null,
    patient_id         text not null,
    encounter_id       text not null,
    state              text not null check (state in ('drafted','edited','ready-for-signature','signed','written','write-failed')),
    version            integer not null,
    model_draft        jsonb not null,        -- the composer's sections, statements and evidence
    sections           jsonb not null,        -- the current text of each section
    context            jsonb not null,        -- the encounter context the draft was made from
    transcript         text,
    transcript_source  text,
    created_by         text,
    updated_by         text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    signed_by          text,
    signed_at          timestamptz,
    written_reference  text,
    write_error        text
);
create unique index draft_open_per_encounter on draft (iss, patient_id, encounter_id) where state <> 'written';

-- Every saved text of a draft: who saved what, when.
create table draft_version (
    draft_id   uuid not null references draft (id) on delete cascade,
    version    integer not null,
    sections   jsonb not null,
    saved_by   text,
    saved_at   timestamptz not null,
    primary key (draft_id, version)
);
