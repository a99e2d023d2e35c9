-- A critical safety finding blocks signing until someone who may sign acknowledges it with a reason: who, when,
-- why, on which version, and the finding as it was shown (its key names it across requests).
create table finding_acknowledgement (
    draft_id        uuid not null references draft(id) on delete cascade,
    finding_key     text not null,
    finding         jsonb not null,
    reason          text not null check (length(btrim(reason)) > 0),
    acknowledged_by text not null,
    acknowledged_at timestamptz not null,
    draft_version   integer not null,
    primary key (draft_id, finding_key)
);
