-- Review before signing: statements a person accepted (their "check" cleared), statements a person
-- rejected (removed from the text as a version of its own), and the attestation the signer confirmed.
alter table draft add column accepted jsonb not null default '[]'::jsonb;
alter table draft add column attestation text;
alter table draft_version drop constraint draft_version_kind_check;
alter table draft_version add constraint draft_version_kind_check
    check (kind in ('model','edit','regenerate','transcript','restored','reject'));
