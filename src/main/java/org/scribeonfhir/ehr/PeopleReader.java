package org.scribeonfhir.ehr;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Person;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.StringType;
import org.jboss.logging.Logger;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.Sessions;

/**
 * The launching user's name, read from their {@code fhirUser} resource (Practitioner, Patient, RelatedPerson or
 * Person) with the launch's own token, so the pane can say who saved, accepted or signed rather than an id.
 */
@ApplicationScoped
public class PeopleReader {

    private static final Logger LOG = Logger.getLogger(PeopleReader.class);

    private final FhirClients clients;
    private final Sessions sessions;

    PeopleReader(FhirClients clients, Sessions sessions) {
        this.clients = clients;
        this.sessions = sessions;
    }

    /** Empty when the launch named no user, the token may not read it (no user/Practitioner.rs), or it has no name. */
    public Optional<String> userName(LaunchSession session) {
        String reference = session.fhirUser();
        if (reference != null && reference.startsWith(session.iss() + "/")) {
            reference = reference.substring(session.iss().length() + 1); // fhirUser may be absolute (SMART allows it)
        }
        if (reference == null || !reference.matches("(Practitioner|Patient|RelatedPerson|Person)/[A-Za-z0-9\\-.]{1,64}")) {
            return Optional.empty();
        }
        try {
            IBaseResource r = clients.client(session.iss(), sessions.accessToken(session)).read()
                    .resource(reference.substring(0, reference.indexOf('/')))
                    .withId(reference.substring(reference.indexOf('/') + 1)).execute();
            return Optional.ofNullable(display(r));
        } catch (RuntimeException e) {
            LOG.debugf("The user's own %s could not be read: %s", reference.substring(0, reference.indexOf('/')),
                    EhrProblems.describe(e));
            return Optional.empty();
        }
    }

    static String display(IBaseResource r) {
        List<HumanName> names = r instanceof Practitioner p ? p.getName()
                : r instanceof Patient p ? p.getName()
                : r instanceof RelatedPerson p ? p.getName()
                : r instanceof Person p ? p.getName() : List.of();
        HumanName name = names.stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(names.isEmpty() ? null : names.get(0));
        if (name == null) {
            return null;
        }
        if (name.hasText()) {
            return name.getText().strip();
        }
        String main = Stream.concat(Stream.concat(name.getPrefix().stream(), name.getGiven().stream()),
                Stream.of(new StringType(name.getFamily()))).map(StringType::getValue)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" "));
        String suffix = name.getSuffix().stream().map(StringType::getValue).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(", "));
        String full = suffix.isEmpty() ? main : main + ", " + suffix;
        return full.isBlank() ? null : full;
    }
}
