package net.claimsnet.contracts;

import net.corda.core.contracts.Command;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.TransactionState;
import net.corda.core.identity.AbstractParty;
import net.corda.core.serialization.CordaSerializable;
import net.corda.core.transactions.LedgerTransaction;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import static net.corda.core.contracts.ContractsDSL.requireThat;

/**
 * Who may consume each output of a transaction: its participants' keys, output by output. The
 * notary sees this command in its tear-off (keys only, nothing of the states themselves) and
 * records it, so that it can later refuse a request to consume a state from a party that is not
 * one of its participants. Every contract checks that the command tells the truth; a transaction
 * without it is left to the notary, which refuses to notarise it.
 */
@CordaSerializable
public final class OutputCustody implements CommandData {

    private final List<Custodians> outputs;

    public OutputCustody(List<Custodians> outputs) {
        this.outputs = Collections.unmodifiableList(new ArrayList<Custodians>(outputs));
    }

    /** The custody of these outputs, in their order: each output's participants' owning keys. */
    public static OutputCustody of(List<? extends ContractState> states) {
        List<Custodians> outputs = new ArrayList<Custodians>(states.size());
        for (ContractState state : states) {
            outputs.add(Custodians.of(state));
        }
        return new OutputCustody(outputs);
    }

    /**
     * Checks the custody command, if the transaction carries one: exactly one, and naming each
     * output's participants. Called by every contract, since any of them may be alone in a transaction.
     */
    public static void verify(LedgerTransaction tx) {
        List<Command<OutputCustody>> custody = tx.commandsOfType(OutputCustody.class);
        if (custody.isEmpty()) {
            return;
        }
        requireThat(require -> {
            require.using("A transaction must carry at most one custody command", custody.size() == 1);
            List<ContractState> states = new ArrayList<ContractState>();
            for (TransactionState<ContractState> output : tx.getOutputs()) {
                states.add(output.getData());
            }
            require.using("The custody command must name the participants of each output, in order",
                    OutputCustody.of(states).equals(custody.get(0).getValue()));
            return null;
        });
    }

    public List<Custodians> getOutputs() {
        return outputs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputCustody && outputs.equals(((OutputCustody) other).outputs);
    }

    @Override
    public int hashCode() {
        return outputs.hashCode();
    }

    @Override
    public String toString() {
        return "OutputCustody" + outputs;
    }

    /** The keys of one output's participants: whoever may ask the notary to consume it. */
    @CordaSerializable
    public static final class Custodians {

        private final List<PublicKey> keys;

        public Custodians(List<PublicKey> keys) {
            this.keys = Collections.unmodifiableList(new ArrayList<PublicKey>(keys));
        }

        public static Custodians of(ContractState state) {
            List<PublicKey> keys = new ArrayList<PublicKey>();
            for (AbstractParty participant : state.getParticipants()) {
                if (!keys.contains(participant.getOwningKey())) {
                    keys.add(participant.getOwningKey());
                }
            }
            return new Custodians(keys);
        }

        public List<PublicKey> getKeys() {
            return keys;
        }

        /** Same keys, in any order: participants' order carries no meaning for custody. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Custodians && new HashSet<PublicKey>(keys).equals(new HashSet<PublicKey>(((Custodians) other).keys));
        }

        @Override
        public int hashCode() {
            return new HashSet<PublicKey>(keys).hashCode();
        }

        @Override
        public String toString() {
            return String.valueOf(keys.size()) + " keys";
        }
    }
}
