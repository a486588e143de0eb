package net.claimsnet.contracts;

import net.claimsnet.ledger.ContractRejectionException;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.network.BootstrappedNetwork;
import net.claimsnet.ledger.network.NetworkBootstrapper;
import net.claimsnet.ledger.network.NodeSpec;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.ReferencedStateAndRef;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.contracts.TypeOnlyCommandData;
import net.corda.core.serialization.CordaSerializable;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.TransactionBuilder;
import net.corda.core.transactions.WireTransaction;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A ledger for contract tests, in the spirit of Corda's ledger DSL: transactions are built with
 * the real contracts JAR attached by hash and checked with Corda's {@code LedgerTransaction.verify()}.
 * Signatures are not checked here (contracts read the command's signer keys, as in Corda).
 */
public final class ContractTestLedger {

    private static final CordaX500Name PROVIDER = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    private static final CordaX500Name OTHER_PROVIDER = CordaX500Name.parse("O=Lakeside Clinic,L=Denver,C=US");
    private static final CordaX500Name INSURER = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    private static final CordaX500Name OTHER_INSURER = CordaX500Name.parse("O=Beacon Mutual,L=Providence,C=US");
    private static final CordaX500Name NOTARY = CordaX500Name.parse("O=Claims Notary,L=Zurich,C=CH");
    private static final CordaX500Name AUDITOR = CordaX500Name.parse("O=State Insurance Regulator,L=Albany,C=US");

    private static final BootstrappedNetwork NETWORK = NetworkBootstrapper.inMemory(Arrays.asList(
            NodeSpec.of(PROVIDER.toString(), NodeRole.PROVIDER),
            NodeSpec.of(OTHER_PROVIDER.toString(), NodeRole.PROVIDER),
            NodeSpec.of(INSURER.toString(), NodeRole.INSURER),
            NodeSpec.of(OTHER_INSURER.toString(), NodeRole.INSURER),
            NodeSpec.of(NOTARY.toString(), NodeRole.NOTARY),
            NodeSpec.of(AUDITOR.toString(), NodeRole.AUDITOR)));
    private static final StoredAttachment CONTRACTS_JAR = ContractsJar.load();

    private final NodeLedger ledger;

    private ContractTestLedger() {
        this.ledger = NETWORK.inMemoryLedger(INSURER, CONTRACTS_JAR);
    }

    /** A fresh ledger (its own transaction store) on the shared test network. */
    public static ContractTestLedger create() {
        return new ContractTestLedger();
    }

    public Party provider() {
        return party(PROVIDER);
    }

    public Party otherProvider() {
        return party(OTHER_PROVIDER);
    }

    public Party insurer() {
        return party(INSURER);
    }

    public Party otherInsurer() {
        return party(OTHER_INSURER);
    }

    public Party auditor() {
        return party(AUDITOR);
    }

    public Party notary() {
        return party(NOTARY);
    }

    /** Records a state as an unconsumed output of an earlier transaction, without verifying it. */
    @SuppressWarnings("unchecked")
    public <T extends ContractState> StateAndRef<T> existing(String contractId, T state) {
        WireTransaction wire = ledger.build(new WireTransactionBuilder(notary())
                .output(state, contractId)
                .command(new Seed(), notary().getOwningKey()));
        ledger.transactions().add(ledger.sign(wire));
        return (StateAndRef<T>) (StateAndRef<?>) wire.outRef(0);
    }

    /** Marks the transactions that put a test's starting states on the ledger; never verified. */
    @CordaSerializable
    public static final class Seed extends TypeOnlyCommandData {
    }

    public Outcome transaction(Consumer<Tx> spec) {
        TransactionBuilder builder = new TransactionBuilder(notary());
        spec.accept(new Tx() {
            @Override
            public Tx input(StateAndRef<?> state) {
                builder.addInputState(state);
                return this;
            }

            @Override
            public Tx reference(StateAndRef<?> state) {
                builder.addReferenceState(new ReferencedStateAndRef<>(state));
                return this;
            }

            @Override
            public Tx output(String contractId, ContractState state) {
                builder.addOutputState(state, contractId);
                return this;
            }

            @Override
            public Tx command(CommandData command, PublicKey... signers) {
                builder.addCommand(command, Arrays.asList(signers));
                return this;
            }

            @Override
            public Tx timeWindow(Instant from, Instant until) {
                builder.setTimeWindow(TimeWindow.between(from, until));
                return this;
            }
        });
        return new Outcome() {
            @Override
            public void verifies() {
                WireTransaction wire = ledger.build(builder);
                ledger.verifier().verifyContracts(wire);
                assertThat(wire.getAttachments()).contains(CONTRACTS_JAR.id());
            }

            @Override
            public void failsWith(String expectedMessage) {
                assertThatThrownBy(() -> ledger.verifier().verifyContracts(ledger.build(builder)))
                        .isInstanceOf(ContractRejectionException.class)
                        .extracting(e -> ((ContractRejectionException) e).getRequirement())
                        .isEqualTo(expectedMessage);
            }
        };
    }

    private static Party party(CordaX500Name name) {
        return new Party(name, NETWORK.keyOf(name).getPublic());
    }

    public interface Tx {
        Tx input(StateAndRef<?> state);

        Tx reference(StateAndRef<?> state);

        Tx output(String contractId, ContractState state);

        Tx command(CommandData command, PublicKey... signers);

        Tx timeWindow(Instant from, Instant until);
    }

    public interface Outcome {
        /** Fails the test unless every contract verifies. */
        void verifies();

        /** Fails the test unless a contract rejects the transaction with exactly this requirement message. */
        void failsWith(String expectedMessage);
    }
}
