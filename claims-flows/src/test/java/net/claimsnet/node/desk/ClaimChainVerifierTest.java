package net.claimsnet.node.desk;

import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.ledger.storage.TransactionStore;
import net.claimsnet.ledger.storage.ForwardingVaultStore;
import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.ComponentGroupEnum;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.ComponentGroup;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static net.claimsnet.flows.ClaimNetwork.historyAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integrity check reads the auditor's stores through their ports; here the ports are wrapped to
 * hand out what an attacker or a lost row would leave: an altered transaction, a dropped signature, a
 * version missing from the chain.
 */
class ClaimChainVerifierTest {

    private final ClaimNetwork net = new ClaimNetwork();
    private final Node auditor = net.auditor();
    private final ClaimState settled = net.settledClaim(net.stMary());
    private final List<StateAndRef<ClaimState>> versions = historyAt(auditor, settled.getLinearId());

    @AfterEach
    void close() {
        net.close();
    }

    private ClaimChainVerifier verifier(VaultStore vault, TransactionStore transactions) {
        return new ClaimChainVerifier(vault, transactions, auditor.ledger().verifier(), auditor.ledger().networkMap());
    }

    private SecureHash transactionOf(int version) {
        return versions.get(version).getRef().getTxhash();
    }

    private SignedTransaction stored(int version) {
        return auditor.ledger().transactions().find(transactionOf(version)).orElseThrow();
    }

    @Test
    void anUntouchedChainPassesEveryCheckOnEveryTransaction() {
        List<TransactionIntegrity> results = verifier(auditor.ledger().vault(), auditor.ledger().transactions())
                .verify(settled.getLinearId());

        assertThat(results).extracting(TransactionIntegrity::statusAfter)
                .containsExactly(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.SETTLED);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.ok()).as("%s", r.problems()).isTrue();
            assertThat(r.problems()).isEmpty();
        });
        assertThat(results.get(1).transactionId()).isEqualTo(transactionOf(1).toString());
    }

    @Test
    void aStoredTransactionWhoseContentWasAlteredIsReportedAsAlteredAndItsSignaturesNoLongerHold() {
        // The adjudication's outputs swapped for the settlement's: the claim now reads as paid a step early.
        WireTransaction adjudication = stored(1).getTx();
        ComponentGroup settlementOutputs = outputsOf(stored(2).getTx());
        List<ComponentGroup> forgedGroups = adjudication.getComponentGroups().stream()
                .map(g -> g.getGroupIndex() == ComponentGroupEnum.OUTPUTS_GROUP.ordinal() ? settlementOutputs : g)
                .collect(Collectors.toList());
        WireTransaction forged = new WireTransaction(forgedGroups, adjudication.getPrivacySalt(), adjudication.getDigestService());
        SignedTransaction tampered = new SignedTransaction(forged, stored(1).getSigs());
        TransactionStore store = replacing(transactionOf(1), t -> tampered);

        List<TransactionIntegrity> results = verifier(auditor.ledger().vault(), store).verify(settled.getLinearId());

        TransactionIntegrity altered = results.get(1);
        assertThat(altered.ok()).isFalse();
        assertThat(altered.transactionId()).isEqualTo(transactionOf(1).toString());
        assertThat(altered.idMatchesContent()).isFalse();
        assertThat(altered.signaturesValid()).isFalse();
        assertThat(altered.notarised()).isFalse();
        assertThat(altered.problems()).anySatisfy(p -> assertThat(p).contains("not to the id it is recorded under: it was altered"));
        assertThat(altered.problems()).anySatisfy(p -> assertThat(p)
                .contains("The signature of " + InMemoryNetwork.INSURER + " does not verify over this content"));
        assertThat(results.get(0).ok()).isTrue();
    }

    @Test
    void aTransactionMissingARequiredSignatureNamesWhoseSignatureIsMissing() {
        SignedTransaction adjudication = stored(1);
        SignedTransaction unsigned = new SignedTransaction(adjudication.getTxBits(), adjudication.getSigs().stream()
                .filter(s -> !s.getBy().equals(net.insurer().identity().getOwningKey()))
                .collect(Collectors.toList()));
        TransactionStore store = replacing(transactionOf(1), t -> unsigned);

        TransactionIntegrity result = verifier(auditor.ledger().vault(), store).verify(settled.getLinearId()).get(1);

        assertThat(result.ok()).isFalse();
        assertThat(result.idMatchesContent()).isTrue();
        assertThat(result.signaturesValid()).isFalse();
        assertThat(result.contractsValid()).isTrue();
        assertThat(result.notarised()).isTrue();
        assertThat(result.problems()).containsExactly("It lacks a valid signature of " + InMemoryNetwork.INSURER);
    }

    @Test
    void aStrangersSignatureIsReportedAsNotRequiredWithoutBeingVerified() {
        SignedTransaction adjudication = stored(1);
        java.security.KeyPair stranger = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        // Bytes that verify as nothing: were they verified, the report would say they do not verify.
        TransactionSignature garbage = new TransactionSignature(new byte[64],
                stranger.getPublic(), adjudication.getSigs().get(0).getSignatureMetadata());
        List<TransactionSignature> signatures = new java.util.ArrayList<>(adjudication.getSigs());
        signatures.add(garbage);
        SignedTransaction withStranger = new SignedTransaction(adjudication.getTxBits(), signatures);
        TransactionStore store = replacing(transactionOf(1), t -> withStranger);

        TransactionIntegrity result = verifier(auditor.ledger().vault(), store).verify(settled.getLinearId()).get(1);

        assertThat(result.signaturesValid()).isFalse();
        assertThat(result.problems()).containsExactly("an unknown key signed it but is not a required signer");
    }

    @Test
    void aVersionMissingFromTheChainBreaksTheLinkOfTheNextTransaction() {
        VaultStore lostAVersion = new LosingVault(auditor.ledger().vault(), versions.get(1).getRef());

        List<TransactionIntegrity> results = verifier(lostAVersion, auditor.ledger().transactions()).verify(settled.getLinearId());

        assertThat(results).hasSize(2);
        assertThat(results.get(0).ok()).isTrue();
        TransactionIntegrity settlement = results.get(1);
        assertThat(settlement.chainUnbroken()).isFalse();
        assertThat(settlement.signaturesValid()).isTrue();
        assertThat(settlement.problems()).containsExactly("It does not consume the previous version ("
                + versions.get(0).getRef() + "): the chain is broken");
    }

    private static ComponentGroup outputsOf(WireTransaction transaction) {
        return transaction.getComponentGroups().stream()
                .filter(g -> g.getGroupIndex() == ComponentGroupEnum.OUTPUTS_GROUP.ordinal()).findFirst().orElseThrow();
    }

    private TransactionStore replacing(SecureHash id, UnaryOperator<SignedTransaction> change) {
        TransactionStore real = auditor.ledger().transactions();
        return new TransactionStore() {
            @Override
            public boolean add(SignedTransaction transaction) {
                return real.add(transaction);
            }

            @Override
            public Optional<SignedTransaction> find(SecureHash wanted) {
                return real.find(wanted).map(t -> wanted.equals(id) ? change.apply(t) : t);
            }

            @Override
            public long count() {
                return real.count();
            }

            @Override
            public List<SecureHash> latest(int count) {
                return real.latest(count);
            }
        };
    }

    /** A vault that lost one state's row. */
    private static final class LosingVault extends ForwardingVaultStore {
        private final StateRef lost;

        LosingVault(VaultStore real, StateRef lost) {
            super(real);
            this.lost = lost;
        }

        @Override
        public <T extends LinearState> List<StateAndRef<T>> history(UniqueIdentifier linearId, Class<T> type) {
            return real.history(linearId, type).stream().filter(s -> !s.getRef().equals(lost)).collect(Collectors.toList());
        }
    }
}
