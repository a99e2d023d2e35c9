-- The sandbox EHR's own records, kept apart from the app's tables (schema "sandbox").
create table resource (
    resource_type  text not null,
    id             text not null,
    patient_id     text,
    encounter_id   text,
    body           jsonb not null,
    last_updated   timestamptz not null,
    primary key (resource_type, id)
);
create index resource_patient on resource (resource_type, patient_id);
create index resource_encounter on resource (resource_type, encounter_id);

-- Launch contexts, authorization codes, access and refresh tokens (hashes only).
create table grant_record (
    token_hash  text primary key,
    kind        text not null check (kind in ('launch','code','access','refresh')),
    payload     jsonb not null,
    expires_at  timestamptz not null
);
