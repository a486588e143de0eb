package net.claimsnet.storage.jpa;

import net.claimsnet.flows.access.AuditTearOff;
import net.claimsnet.flows.access.KeptFigures;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.attachments.AttachmentStore;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.storage.jpa.ledger.JpaAttachmentStore;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaVaultStore;
import net.claimsnet.storage.jpa.security.JpaAuditTearOffStore;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code audit_tear_off} and {@code audit_tear_off_claim}: the auditor's tear-offs and the figures they state. */
abstract class JpaAuditTearOffStoreContract extends StorageContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final CordaX500Name ACME = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");

    private final LedgerScenario scenario = new LedgerScenario();

    private JpaAuditTearOffStore store() {
        return new JpaAuditTearOffStore(database.transactions(), TestColumns.ENCRYPTION);
    }

    private NodeLedger insurer() {
        AttachmentStore attachments = new JpaAttachmentStore(database.transactions(), TestColumns.ENCRYPTION);
        return scenario.insurerOver(attachments, new JpaTransactionStore(database.transactions(), TestColumns.ENCRYPTION),
                new JpaVaultStore(database.transactions(), ClaimLookupKeys.INSTANCE, TestColumns.ENCRYPTION, TestColumns.LOOKUP));
    }

    @Test
    void a_kept_tear_off_is_found_with_the_figures_of_its_claim_and_a_second_copy_changes_nothing() {
        NodeLedger insurer = insurer();
        SignedTransaction issued = scenario.issueCoverage(insurer);
        insurer.record(issued);
        StateAndRef<CoverageState> coverage = issued.getTx().outRef(0);
        SignedTransaction submitted = scenario.submitClaim(insurer, coverage);
        AuditTearOff tearOff = AuditTearOff.of(submitted);

        store().keep(tearOff, ACME, NOW);
        store().keep(tearOff, ACME, NOW.plusSeconds(5));

        assertThat(store().find(submitted.getId())).get().satisfies(found -> {
            assertThat(found.getId()).isEqualTo(submitted.getId());
            assertThat(found.getFigures()).isEqualTo(tearOff.getFigures());
        });
        ClaimState claim = submitted.getTx().outputsOfType(ClaimState.class).get(0);
        List<KeptFigures> history = store().history(claim.getLinearId());
        assertThat(history).singleElement().satisfies(kept -> {
            assertThat(kept.transactionId()).isEqualTo(submitted.getId());
            assertThat(kept.from()).isEqualTo(ACME);
            assertThat(kept.receivedAt()).isEqualTo(NOW);
            assertThat(kept.figures()).isEqualTo(tearOff.getFigures().get(0));
            assertThat(kept.figures().getPaid()).as("not adjudicated yet").isNull();
        });
    }

    @Test
    void the_latest_figures_of_each_claim_come_newest_first() {
        NodeLedger insurer = insurer();
        SignedTransaction issued = scenario.issueCoverage(insurer);
        insurer.record(issued);
        SignedTransaction first = scenario.submitClaim(insurer, issued.getTx().outRef(0));
        insurer.record(first);
        SignedTransaction pended = scenario.pend(insurer, first.getTx().outRef(0));
        SignedTransaction second = scenario.submitClaim(insurer, issued.getTx().outRef(0));

        store().keep(AuditTearOff.of(first), ACME, NOW);
        store().keep(AuditTearOff.of(second), ACME, NOW.plusSeconds(1));
        store().keep(AuditTearOff.of(pended), ACME, NOW.plusSeconds(2));

        List<KeptFigures> latest = store().latestClaims(10);
        assertThat(latest).extracting(KeptFigures::transactionId).containsExactly(pended.getId(), second.getId());
        assertThat(latest.get(0).figures().getStatus()).isEqualTo(ClaimStatus.PENDED);
        assertThat(store().latestClaims(1)).hasSize(1);
        assertThat(store().history(latest.get(0).figures().getClaimId())).extracting(KeptFigures::transactionId)
                .containsExactly(first.getId(), pended.getId());
    }
}
