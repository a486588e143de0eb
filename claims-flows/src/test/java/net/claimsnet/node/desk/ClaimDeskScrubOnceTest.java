package net.claimsnet.node.desk;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.rules.model.Severity;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.FrequencyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filing is scrubbed once, by the desk, which shows the findings (warnings too) with its result;
 * the flow it starts does not scrub again. The same for a replacement, scrubbed as the frequency-7
 * correction it files.
 */
class ClaimDeskScrubOnceTest {

    private static final DeskUser BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);
    private static final ScrubFinding WARNING = new ScrubFinding("modifier-review", "serviceLines[0].modifiers",
            "Check the modifier against the operative report.", Severity.WARNING);

    /** Every claim the rules were asked about; they find one warning, and an error for claim ids starting BAD. */
    private final List<ClaimDetails> scrubbed = new CopyOnWriteArrayList<>();
    private final ClaimNetwork net = new ClaimNetwork(InMemoryNetwork.deterministic().scrubRules((claim, today) -> {
        scrubbed.add(claim);
        return claim.getClaimId().startsWith("BAD")
                ? List.of(WARNING, ScrubFinding.error("npi-check", "billingProviderNpi", "The NPI fails its check digit."))
                : List.of(WARNING);
    }));
    private final ClaimDesk desk = new ClaimDesk(net.stMary(), new InMemoryClaimAuditTrail(net.network.clock()),
            handle -> net.network.runNetwork());

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void aFilingIsScrubbedOnceAndItsWarningsComeBackWithTheFiledClaim() {
        ClaimDetails claim = SampleClaims.details(ST_MARY_MEMBER);

        FilingResult result = desk.submit(BILLING, claim, null);

        assertThat(result.isFiled()).isTrue();
        assertThat(result.findings()).containsExactly(WARNING);
        assertThat(scrubbed).containsExactly(claim);
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void aClaimTheScrubFindsAnErrorInIsScrubbedOnceAndNotFiled() {
        ClaimDetails bad = SampleClaims.details(ST_MARY_MEMBER).withClaimId("BAD-1");

        FilingResult result = desk.submit(BILLING, bad, null);

        assertThat(result.isFiled()).isFalse();
        assertThat(result.findings()).extracting(ScrubFinding::rule).containsExactly("modifier-review", "npi-check");
        assertThat(scrubbed).hasSize(1);
        assertThat(net.stMary().ledger().vault().unconsumed(ClaimState.class)).isEmpty();
    }

    @Test
    void aReplacementIsScrubbedOnceAsTheCorrectionItFiles() {
        ClaimState original = desk.submit(BILLING, SampleClaims.details(ST_MARY_MEMBER), null).filed();
        scrubbed.clear();
        ClaimDetails corrected = SampleClaims.details(ST_MARY_MEMBER).withClaimId("CLM-CORRECTED-1");

        FilingResult result = desk.replace(BILLING, ClaimDesk.idOf(original), corrected);

        assertThat(result.isFiled()).isTrue();
        assertThat(result.findings()).containsExactly(WARNING);
        assertThat(scrubbed).hasSize(1);
        assertThat(scrubbed.get(0).getClaimId()).isEqualTo("CLM-CORRECTED-1");
        assertThat(scrubbed.get(0).getFrequencyCode()).isEqualTo(FrequencyCode.REPLACEMENT);
        assertThat(scrubbed.get(0).getOriginalClaimId()).isEqualTo(original.getLinearId());
        assertThat(claimAt(net.insurer(), original.getLinearId())).hasValueSatisfying(
                claim -> assertThat(claim.getStatus()).isEqualTo(ClaimStatus.REPLACED));
    }
}
