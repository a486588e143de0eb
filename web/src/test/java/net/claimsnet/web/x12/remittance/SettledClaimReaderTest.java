package net.claimsnet.web.x12.remittance;

import net.claimsnet.states.ClaimState;
import net.claimsnet.web.x12.SettledClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which settled claims an 835 takes: by payment date (the API, the adjuster's download) or by service date (the remittance page). */
class SettledClaimReaderTest {

    private final SettledClaims claims = new SettledClaims();
    private final SettledClaimReader reader = new SettledClaimReader(search -> claims.stMary.search(SettledClaims.BILLING, search));

    @AfterEach
    void close() {
        claims.close();
    }

    @Test
    void paymentDatesSelectWithBothEndsIncludedAndServiceDatesSelectLikeThePage() {
        claims.settledByRules("CLM-MARCH", LocalDate.of(2025, 3, 10), "EFT-1", LocalDate.of(2025, 4, 1));
        claims.settledByRules("CLM-FEB", LocalDate.of(2025, 2, 10), "EFT-2", LocalDate.of(2025, 4, 30));
        claims.file("CLM-OPEN", LocalDate.of(2025, 3, 11));

        assertThat(reader.paidBetween(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))).extracting(this::id)
                .containsExactlyInAnyOrder("CLM-MARCH", "CLM-FEB");
        assertThat(reader.paidBetween(LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 29))).isEmpty();
        assertThat(reader.servedBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))).extracting(this::id)
                .containsExactly("CLM-MARCH");
        assertThat(reader.servedBetween(null, null)).extracting(this::id).containsExactlyInAnyOrder("CLM-MARCH", "CLM-FEB");
    }

    private String id(ClaimState claim) {
        return claim.getClaim().getClaimId();
    }
}
