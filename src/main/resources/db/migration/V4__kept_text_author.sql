-- Text kept while signed out belongs to the practitioner whose session ended (the draft is already known):
-- it is applied only when that person launches again, and shown as theirs to anyone else.
alter table pending_edit add column author text not null default '';
alter table pending_edit drop constraint pending_edit_pkey;
alter table pending_edit add primary key (draft_id, browser_hash, author);
