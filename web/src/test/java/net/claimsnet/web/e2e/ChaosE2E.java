package net.claimsnet.web.e2e;

import net.claimsnet.bench.chaos.ChaosRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short round of {@code ./chaos} that CI runs: five nodes killed ({@code kill -9}) and restarted
 * while claims are filed, adjudicated and settled (one of them the notary, down longer than the
 * outbox's longest retry delay), then nothing lost, duplicated, diverged or stuck. The long run (50
 * kills and more) is {@code ./chaos -Dkills=50} (docs/operations.md).
 */
@ExtendWith(RunningNetwork.class)
class ChaosE2E {

    private static final int KILLS = 5;

    @Test
    void claims_filed_while_nodes_are_killed_end_once_and_alike_at_every_party() throws Exception {
        ChaosRun.Report report = ChaosRun.run(NetworkScript.ROOT, KILLS);

        assertThat(report.nodesNotBack()).as("nodes that did not come back after a kill").isEmpty();
        assertThat(report.kills()).as("nodes killed").isGreaterThanOrEqualTo(KILLS);
        assertThat(report.claims()).as("claims accepted by a desk during the kills").isPositive();
        assertThat(report.cases()).as("%s", report.line()).isEmpty();
        assertThat(report.line()).endsWith("lost=0 duplicated=0 diverged=0 stuck=0");
    }
}
