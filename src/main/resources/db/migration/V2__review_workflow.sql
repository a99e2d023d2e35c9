-- Review workflow: who marked a draft ready, what each version changed, text kept across a lost session,
-- and how much the clinician changed the model's draft before signing.
alter table draft add column ready_by text;
alter table draft add column ready_at timestamptz;

alter table draft_version add column kind text not null default 'edit'
    check (kind in ('model','edit','regenerate','transcript','restored'));
alter table draft_version add column changed_sections text[] not null default '{}';

-- Text typed while the session had ended, kept for the same browser and restored after a re-launch.
create table pending_edit (
    draft_id      uuid not null references draft (id) on delete cascade,
    browser_hash  text not null,
    base_version  integer not null,
    sections      jsonb not null,
    created_at    timestamptz not null,
    primary key (draft_id, browser_hash)
);

-- Clinician-override metrics, one row per section of a signed note.
create table draft_metrics (
    draft_id             uuid not null references draft (id) on delete cascade,
    section              text not null,
    model_chars          integer not null,
    signed_chars         integer not null,
    edit_distance        integer not null,
    statements_drafted   integer not null,
    statements_deleted   integer not null,
    statements_added     integer not null,
    launch_to_sign_ms    bigint not null,
    signed_by            text not null,
    signed_at            timestamptz not null,
    primary key (draft_id, section)
);
