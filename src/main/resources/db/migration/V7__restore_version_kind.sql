-- An older version restored from the history is saved as a new version of its own kind.
alter table draft_version drop constraint draft_version_kind_check;
alter table draft_version add constraint draft_version_kind_check
    check (kind in ('model','edit','regenerate','transcript','restored','reject','restore'));
