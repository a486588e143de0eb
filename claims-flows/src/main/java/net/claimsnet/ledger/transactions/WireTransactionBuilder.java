package net.claimsnet.ledger.transactions;

import net.claimsnet.contracts.OutputCustody;
import net.claimsnet.ledger.LedgerException;
import net.corda.core.contracts.Command;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.HashAttachmentConstraint;
import net.corda.core.contracts.PrivacySalt;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.contracts.TransactionState;
import net.corda.core.crypto.DigestService;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.Party;
import net.corda.core.internal.TransactionUtilsKt;
import net.corda.core.node.ServicesForResolution;
import net.corda.core.transactions.WireTransaction;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the same wire transaction as Corda's {@code TransactionBuilder} for this network's
 * contracts (each state pinned to its contract attachment by a hash constraint), without the
 * contract verification Corda's builder runs to hunt for missing CorDapp dependencies: a node
 * verifies a transaction before it signs it, so that would be a second, wasted run. It adds one
 * command of its own: the custody of the outputs, which the notary keeps to know who may consume them.
 */
public final class WireTransactionBuilder {

    private final Party notary;
    private final List<StateAndRef<?>> inputs = new ArrayList<>();
    private final List<StateAndRef<?>> references = new ArrayList<>();
    private final List<ContractState> outputs = new ArrayList<>();
    private final List<String> outputContracts = new ArrayList<>();
    private final List<Command<?>> commands = new ArrayList<>();
    private TimeWindow timeWindow;
    private PrivacySalt privacySalt = new PrivacySalt();

    public WireTransactionBuilder(Party notary) {
        this.notary = Objects.requireNonNull(notary, "notary");
    }

    public WireTransactionBuilder input(StateAndRef<?> state) {
        inputs.add(state);
        return this;
    }

    public WireTransactionBuilder reference(StateAndRef<?> state) {
        references.add(state);
        return this;
    }

    public WireTransactionBuilder output(ContractState state, String contractClassName) {
        outputs.add(state);
        outputContracts.add(contractClassName);
        return this;
    }

    public WireTransactionBuilder command(CommandData command, PublicKey... signers) {
        commands.add(new Command<>(command, Arrays.asList(signers)));
        return this;
    }

    public WireTransactionBuilder command(CommandData command, List<PublicKey> signers) {
        commands.add(new Command<>(command, signers));
        return this;
    }

    public WireTransactionBuilder timeWindow(TimeWindow window) {
        this.timeWindow = window;
        return this;
    }

    /** Fixes the salt that hides the components' hashes; only tests comparing builders need this. */
    public WireTransactionBuilder privacySalt(PrivacySalt salt) {
        this.privacySalt = salt;
        return this;
    }

    public WireTransaction build(ServicesForResolution services) {
        TreeSet<SecureHash> attachments = new TreeSet<>();
        List<TransactionState<ContractState>> resolvedOutputs = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            SecureHash attachment = attachmentFor(outputContracts.get(i), services);
            attachments.add(attachment);
            resolvedOutputs.add(new TransactionState<>(outputs.get(i), outputContracts.get(i), notary, null,
                    new HashAttachmentConstraint(attachment)));
        }
        for (StateAndRef<?> input : inputs) {
            attachments.add(attachmentFor(input.getState().getContract(), services));
        }
        return new WireTransaction(TransactionUtilsKt.createComponentGroups(
                refs(inputs), resolvedOutputs, withCustody(commands, outputs), new ArrayList<>(attachments), notary, timeWindow,
                refs(references), services.getNetworkParametersService().getCurrentHash()),
                privacySalt, DigestService.Companion.getSha2_256());
    }

    /**
     * The commands and, last, the custody of the outputs ({@link OutputCustody}) that the notary
     * records. Its signers are the other commands' signers: a command needs at least one, and
     * custody must add no signer the transaction did not need already.
     */
    private static List<Command<?>> withCustody(List<Command<?>> commands, List<ContractState> outputs) {
        Set<PublicKey> signers = new LinkedHashSet<>();
        for (Command<?> command : commands) {
            signers.addAll(command.getSigners());
        }
        if (signers.isEmpty()) {
            return commands;
        }
        List<Command<?>> all = new ArrayList<>(commands);
        all.add(new Command<>(OutputCustody.of(outputs), new ArrayList<>(signers)));
        return all;
    }

    private static SecureHash attachmentFor(String contractClassName, ServicesForResolution services) {
        SecureHash id = services.getCordappProvider().getContractAttachmentID(contractClassName);
        if (id == null) {
            throw new LedgerException(null, "No contract attachment is installed for " + contractClassName);
        }
        return id;
    }

    private static List<StateRef> refs(List<StateAndRef<?>> states) {
        List<StateRef> refs = new ArrayList<>(states.size());
        for (StateAndRef<?> state : states) {
            refs.add(state.getRef());
        }
        return refs;
    }
}
