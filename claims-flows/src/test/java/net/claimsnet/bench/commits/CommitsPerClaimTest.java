package net.claimsnet.bench.commits;

import net.claimsnet.flows.transport.http.ClaimsOnH2Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insurer's database transactions per settled claim stay under a bound just above what they are
 * now: a change that adds a commit or a read to every claim shows here rather than as a slower
 * {@code ./bench network}.
 */
class CommitsPerClaimTest {

    private static final int CLAIMS = 5;
    /** About 75 after issue 16's cuts (132 before); measured with 5 claims after 1 warm-up. */
    private static final double ACME_BOUND = 78;

    @Test
    void a_settled_claim_costs_the_insurer_no_more_database_transactions_than_the_bound(@TempDir Path directory) throws Exception {
        try (ClaimsOnH2Network network = new ClaimsOnH2Network(directory)) {
            network.settle(1);
            network.resetCounts();
            network.settle(CLAIMS);

            Map<String, TransactionsByPurpose> counts = network.counts();
            CommitsPerClaim.lines(counts, CLAIMS, 5).forEach(System.out::println);
            TransactionsByPurpose acme = counts.get("acme");
            assertThat(acme.writes()).as("the insurer commits for each claim").isPositive();
            assertThat(CommitsPerClaim.perClaim(acme.total(), CLAIMS)).as("the insurer's transactions per claim")
                    .isLessThanOrEqualTo(ACME_BOUND);
        }
    }
}
