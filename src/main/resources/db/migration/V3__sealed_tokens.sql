-- The token response is stored sealed (AES-256-GCM with a key from the environment), so a copy of the
-- database alone does not give access to any EHR.
alter table app_session alter column token_response type text using token_response::text;
