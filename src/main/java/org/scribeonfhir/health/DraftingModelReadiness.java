package org.scribeonfhir.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.scribeonfhir.drafting.NoteDrafter;
import org.scribeonfhir.drafting.model.ModelCard;

/** Ready once the drafting model is loaded and its files matched the model card's hashes. */
@Readiness
@ApplicationScoped
class DraftingModelReadiness implements HealthCheck {

    private final NoteDrafter drafter;

    DraftingModelReadiness(NoteDrafter drafter) {
        this.drafter = drafter;
    }

    @Override
    public HealthCheckResponse call() {
        return drafter.loaded().map(DraftingModelReadiness::up)
                .orElseGet(() -> HealthCheckResponse.named("drafting-model").down().build());
    }

    private static HealthCheckResponse up(ModelCard card) {
        return HealthCheckResponse.named("drafting-model").up().withData("name", card.name())
                .withData("version", card.version()).withData("sha256", card.sha256()).build();
    }
}
