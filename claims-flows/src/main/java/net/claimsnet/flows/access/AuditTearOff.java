package net.claimsnet.flows.access;

import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.Command;
import net.corda.core.contracts.ComponentGroupEnum;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.contracts.TransactionState;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.Party;
import net.corda.core.node.NetworkParameters;
import net.corda.core.node.NotaryInfo;
import net.corda.core.serialization.CordaSerializable;
import net.corda.core.transactions.FilteredComponentGroup;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.ReferenceStateRef;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the auditor receives of a finished transaction that no grant opens to it. A Merkle tear-off
 * proves, against the transaction's id, what it consumed and referred to, its time window, its notary
 * and every command with its signers (the commands are the lifecycle's steps, with nothing in them
 * but their type and the outputs' custody keys); the outputs, where the claim's PHI is, stay hidden.
 * Every signature travels with it, so the auditor checks that each required signer and the notary
 * signed that id. Beside the proof come the figures of the claims in the outputs ({@link ClaimFigures}),
 * which the sender states: they cannot be proven without showing the outputs, and are checked against
 * them when a grant later opens the transaction.
 */
@CordaSerializable
public final class AuditTearOff {

    /** Every component of these groups must be revealed: none can be hidden to dodge the auditor. */
    private static final Set<ComponentGroupEnum> REVEALED = EnumSet.of(ComponentGroupEnum.INPUTS_GROUP,
            ComponentGroupEnum.REFERENCES_GROUP, ComponentGroupEnum.TIMEWINDOW_GROUP, ComponentGroupEnum.NOTARY_GROUP,
            ComponentGroupEnum.COMMANDS_GROUP, ComponentGroupEnum.SIGNERS_GROUP);

    private final FilteredTransaction tearOff;
    private final List<TransactionSignature> signatures;
    private final List<ClaimFigures> figures;

    public AuditTearOff(FilteredTransaction tearOff, List<TransactionSignature> signatures, List<ClaimFigures> figures) {
        this.tearOff = tearOff;
        this.signatures = signatures == null ? List.of() : List.copyOf(signatures);
        this.figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** Tears off a finished (notarised, where it needs the notary) transaction for the auditor. */
    public static AuditTearOff of(SignedTransaction transaction) {
        WireTransaction wire = transaction.getTx();
        Party notary = wire.getNotary();
        FilteredTransaction filtered = wire.buildFilteredTransaction(component ->
                component instanceof StateRef || component instanceof ReferenceStateRef || component instanceof TimeWindow
                        || component instanceof Command || (notary != null && notary.equals(component)));
        List<ClaimFigures> figures = new ArrayList<>();
        List<TransactionState<net.corda.core.contracts.ContractState>> outputs = wire.getOutputs();
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).getData() instanceof ClaimState) {
                figures.add(ClaimFigures.of(i, (ClaimState) outputs.get(i).getData()));
            }
        }
        return new AuditTearOff(filtered, transaction.getSigs(), figures);
    }

    public SecureHash getId() {
        return tearOff.getId();
    }

    public FilteredTransaction getTearOff() {
        return tearOff;
    }

    public List<TransactionSignature> getSignatures() {
        return signatures;
    }

    public List<ClaimFigures> getFigures() {
        return figures;
    }

    /** The names of the commands' types, in order ("Adjudicate", "OutputCustody"): which step this was. */
    public List<String> commandNames() {
        List<String> names = new ArrayList<>();
        for (Command<?> command : tearOff.getCommands()) {
            names.add(command.getValue().getClass().getSimpleName());
        }
        return names;
    }

    /**
     * Checks everything the tear-off can prove before any of it is kept: its Merkle proof holds; all
     * inputs, references, the time window, the notary and every command and signer are revealed, and
     * neither outputs nor attachments; the notary is the network's; every required signer signed the id,
     * and the notary too where the transaction consumes, refers to or times something; the figures name
     * distinct outputs and claims.
     */
    public void verify(NetworkParameters parameters) {
        SecureHash id = getId();
        try {
            tearOff.verify();
            for (ComponentGroupEnum group : REVEALED) {
                tearOff.checkAllComponentsVisible(group);
            }
        } catch (Exception e) {
            throw new LedgerException(id, "its tear-off for the auditor does not prove its components: " + e.getMessage(), e);
        }
        for (FilteredComponentGroup group : tearOff.getFilteredComponentGroups()) {
            if (!group.getComponents().isEmpty() && REVEALED.stream().noneMatch(g -> g.ordinal() == group.getGroupIndex())) {
                throw new LedgerException(id, "its tear-off for the auditor reveals component group "
                        + ComponentGroupEnum.values()[group.getGroupIndex()] + ", which the auditor must not receive without a grant");
            }
        }
        Party notary = tearOff.getNotary();
        if (notary == null || parameters.getNotaries().stream().map(NotaryInfo::getIdentity).noneMatch(notary::equals)) {
            throw new LedgerException(id, "its tear-off names no notary of this network");
        }
        Set<PublicKey> mustHaveSigned = new LinkedHashSet<>();
        for (Command<?> command : tearOff.getCommands()) {
            mustHaveSigned.addAll(command.getSigners());
        }
        if (!tearOff.getInputs().isEmpty() || !tearOff.getReferences().isEmpty() || tearOff.getTimeWindow() != null) {
            mustHaveSigned.add(notary.getOwningKey());
        }
        for (PublicKey key : mustHaveSigned) {
            if (!TornOffTransaction.signedValidlyBy(signatures, key, id)) {
                throw new LedgerException(id, "its tear-off lacks a valid signature of "
                        + (key.equals(notary.getOwningKey()) ? "the notary" : "a required signer"));
            }
        }
        Set<Integer> outputs = new HashSet<>();
        Set<UniqueIdentifier> claims = new HashSet<>();
        for (ClaimFigures figure : figures) {
            if (figure.getOutputIndex() < 0 || !outputs.add(figure.getOutputIndex()) || !claims.add(figure.getClaimId())) {
                throw new LedgerException(id, "its figures name output " + figure.getOutputIndex() + " or claim "
                        + figure.getClaimId() + " twice, or a negative output");
            }
        }
    }

    /**
     * Whether the figures agree with the transaction once a grant opened it whole: the sender stated
     * the truth, output by output.
     */
    public boolean agreesWith(SignedTransaction whole) {
        return whole.getId().equals(getId()) && of(whole).figures.equals(figures);
    }

    @Override
    public String toString() {
        return "AuditTearOff(" + getId() + ", " + figures.size() + " claims)";
    }
}
