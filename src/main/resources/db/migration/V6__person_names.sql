-- Names of the people who launched Scribe, read from their fhirUser resource at launch, so the pane and the
-- history say who saved, accepted or signed. Keyed by the issuer: a reference means nothing across EHRs.
create table person_name (
    iss         text not null,
    reference   text not null,
    name        text not null,
    updated_at  timestamptz not null,
    primary key (iss, reference)
);
