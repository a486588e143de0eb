package net.claimsnet.node.desk;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.node.H2NodeDatabase;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.node.recovery.RecoveryReport;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.storage.jpa.backup.H2Backup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * St. Mary, restored from a backup taken before it filed two claims, takes them back from its peers and
 * derives their filing reservations again: the same filing sent again still answers the claim filed
 * then, other details under its claim id are still refused, and a claim filed before the backup needs none.
 */
class ClaimDeskRestoredProviderTest {

    private static final DeskUser ST_MARY_BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);

    @Test
    void a_provider_restored_from_a_backup_still_refuses_to_file_a_recovered_claim_twice(@TempDir Path directory) {
        H2NodeDatabase stMary = H2NodeDatabase.open(directory.resolve("stmary"), Clock.systemUTC());
        H2NodeDatabase restored = null;
        try (ClaimNetwork net = new ClaimNetwork(InMemoryNetwork.deterministic().stores(InMemoryNetwork.ST_MARY, stMary.stores()))) {
            ClaimDetails beforeBackup = SampleClaims.details(ST_MARY_MEMBER).withClaimId("SM-BEFORE");
            desk(net, net.stMary()).submit(ST_MARY_BILLING, beforeBackup, null);
            Instant backupTakenAt = net.stMary().services().clock().instant();
            stMary.backupTo(directory.resolve("backup.zip"));
            ClaimDetails filedAfter = SampleClaims.details(ST_MARY_MEMBER).withClaimId("SM-AFTER-1");
            ClaimDetails adjudicatedAfter = SampleClaims.details(ST_MARY_MEMBER).withClaimId("SM-AFTER-2");
            desk(net, net.stMary()).submit(ST_MARY_BILLING, filedAfter, null);
            ClaimState second = desk(net, net.stMary()).submit(ST_MARY_BILLING, adjudicatedAfter, null).filed();
            net.insurerAdjudicates(second.getLinearId());

            net.network.stop(InMemoryNetwork.ST_MARY);
            stMary.close();
            H2Backup.restore(directory.resolve("backup.zip"), directory.resolve("stmary-restored"));
            restored = H2NodeDatabase.open(directory.resolve("stmary-restored"), Clock.systemUTC());
            assertThat(restored.stores().filingReservations().find(InMemoryNetwork.ST_MARY.toString(), "SM-AFTER-1"))
                    .as("the backup predates the filing").isEmpty();
            Node node = net.network.startRestored(InMemoryNetwork.ST_MARY, restored.stores(), backupTakenAt);
            net.network.runNetwork();

            RecoveryReport report = node.recovery().orElseThrow().completion().getNow(null);
            assertThat(report).as("recovery finished").isNotNull();
            assertThat(report.complete()).as(report.describe()).isTrue();
            assertThat(report.reservationsDerived()).as(report.describe()).isEqualTo(2);
            assertThat(ClaimNetwork.claimAt(node, second.getLinearId()).map(ClaimState::getStatus)).contains(ClaimStatus.APPROVED);

            FilingResult again = desk(net, node).submit(ST_MARY_BILLING, filedAfter, null);
            assertThat(again.alreadyFiled()).isTrue();
            assertThat(claimsWithId(net.insurer(), "SM-AFTER-1")).isEqualTo(1);
            assertThatThrownBy(() -> desk(net, node).submit(ST_MARY_BILLING,
                    adjudicatedAfter.withPriorAuthorizationNumber("PA-OTHER"), null))
                    .isInstanceOf(ClaimConflictException.class).hasMessageContaining("was filed already with other details");
            assertThat(desk(net, node).submit(ST_MARY_BILLING, beforeBackup, null).alreadyFiled()).isTrue();
        } finally {
            if (restored != null) {
                restored.close();
            }
        }
    }

    private static ClaimDesk desk(ClaimNetwork net, Node node) {
        return new ClaimDesk(node, new InMemoryClaimAuditTrail(net.network.clock()), handle -> net.network.runNetwork());
    }

    private static int claimsWithId(Node node, String claimId) {
        return node.stores().vault().unconsumedWithKey(ClaimState.class, ClaimLookupKeys.claimId(claimId)).size();
    }
}
