package net.claimsnet.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryClaimHistoryTest {

    private static final ServiceKey VISIT = new ServiceKey("M-1", "1234567893", "99213", LocalDate.of(2025, 3, 3));

    @Test
    void an_earlier_claim_for_the_same_service_is_found_unless_excluded() {
        InMemoryClaimHistory history = new InMemoryClaimHistory();
        history.record("CLM-1", VISIT);
        assertThat(history.findClaimWithService(VISIT, Set.of("CLM-2"))).contains("CLM-1");
        assertThat(history.findClaimWithService(VISIT, Set.of("CLM-1", "CLM-2"))).isEmpty();
        assertThat(history.findClaimWithService(new ServiceKey("M-1", "1234567893", "99214", LocalDate.of(2025, 3, 3)),
                Set.of())).isEmpty();
    }
}
