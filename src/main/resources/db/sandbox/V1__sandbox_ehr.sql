-- The sandbox EHR's own records, kept apart from the app's tables (schema "sandbox").
-- Only migrated when scribe.sandbox.enabled=true. Everything stored here is synthetic.

-- FHIR resources, one row per logical id (only the current version is kept).
create table resource (
    resource_type  text not null,
    id             text not null,
    version_id     integer not null,
    patient_id     text,                    -- the patient compartment the resource belongs to, if any
    encounter_id   text,                    -- the encounter it is recorded against, if any
    body           jsonb not null,          -- the resource as FHIR JSON, meta.versionId/lastUpdated included
    last_updated   timestamptz not null,
    deleted        boolean not null default false,  -- a deleted resource answers 410 Gone
    primary key (resource_type, id)
);
create index resource_patient on resource (resource_type, patient_id);
create index resource_encounter on resource (resource_type, encounter_id);

-- Launch contexts, pending standalone authorizations, codes, access and refresh tokens.
-- Only the SHA-256 of each secret value is stored, never the value.
create table auth_grant (
    token_hash       text primary key,
    kind             text not null check (kind in ('launch', 'request', 'code', 'access', 'refresh')),
    family           text not null,          -- everything issued from one authorization; revoked together
    client_id        text,
    redirect_uri     text,
    scope            text,
    state            text,                   -- 'request' only: the client's state, echoed on redirect
    code_challenge   text,                   -- PKCE S256 challenge of a 'request' or 'code'
    nonce            text,
    browser_hash     text,                   -- 'request' only: hash of the cookie that binds it to a browser
    practitioner_id  text,
    patient_id       text,
    encounter_id     text,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    consumed_at      timestamptz,            -- codes, requests and refresh tokens are single-use
    revoked_at       timestamptz
);
create index auth_grant_family on auth_grant (family);
create index auth_grant_expiry on auth_grant (expires_at);
