package net.claimsnet.web.x12.intake;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.web.api.ApiTestNetwork;
import net.claimsnet.web.api.ClaimAssembler;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.x12.claims.Mapped837Claim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An 837 claim filed again (the same file uploaded twice): accepted as filed already, one claim on the ledger. */
class ClaimFileWorkDuplicateTest {

    private final ApiTestNetwork net = new ApiTestNetwork();
    private final ClaimFileWork work = new ClaimFileWork(DeskUser.of("billing@stmary", DeskRole.BILLING),
            net.desk(net.network.stMary()));

    @AfterEach
    void close() {
        net.close();
    }

    private static ClaimFileItem item(ClaimDetails details) {
        return new ClaimFileItem(1, "000000001", "0001", new Mapped837Claim(details.getClaimId(), 1, new BigDecimal("190.00"),
                details, null, "1", null, List.of()));
    }

    @Test
    void a_claim_filed_again_is_accepted_as_filed_already_with_the_first_claims_reference() {
        ClaimDetails details = ClaimAssembler.details(ApiTestNetwork.claim("CLM-837-1"));

        BatchJob.Outcome first = work.apply(item(details));
        BatchJob.Outcome again = work.apply(item(details));

        assertThat(first.getLabel()).isEqualTo(ClaimFileWork.FILED);
        assertThat(first.getDetail()).startsWith("Filed, SUBMITTED");
        assertThat(again.getLabel()).isEqualTo(ClaimFileWork.FILED);
        assertThat(again.getDetail()).startsWith("Filed already: claim id " + details.getClaimId() + " was filed before");
        assertThat(net.network.insurer().ledger().vault().unconsumed(ClaimState.class)).hasSize(1);
    }

    @Test
    void a_claim_id_filed_again_with_other_details_is_rejected_saying_to_replace_it() {
        ClaimDetails details = ClaimAssembler.details(ApiTestNetwork.claim("CLM-837-1"));
        work.apply(item(details));

        BatchJob.Outcome changed = work.apply(item(details.withDiagnosisCodes(List.of("E11.9"))));

        assertThat(changed.getLabel()).isEqualTo(ClaimFileWork.REJECTED);
        assertThat(changed.getDetail()).contains("was filed already with other details (differing: diagnosisCodes)")
                .contains("replacement");
        assertThat(net.network.insurer().ledger().vault().unconsumed(ClaimState.class)).hasSize(1);
    }
}
