package net.claimsnet.ledger.transactions;

import net.claimsnet.ledger.ContractRejectionException;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.MissingDependencyException;
import net.claimsnet.ledger.SignatureCheckException;
import net.corda.core.contracts.AttachmentResolutionException;
import net.corda.core.contracts.TransactionResolutionException;
import net.corda.core.contracts.TransactionVerificationException;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.Party;
import net.corda.core.node.ServicesForResolution;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a transaction the way Corda does: every signature valid, every required signer present
 * (except those the caller is still collecting), and every state's contract satisfied, run by
 * Corda's own {@code LedgerTransaction.verify()} against the pinned contract attachment.
 */
public final class TransactionVerifier {

    private static final String REQUIREMENT_PREFIX = "Failed requirement: ";

    private final ServicesForResolution services;
    private final VerifiedSignatures verifiedSignatures;
    /** The services each transaction is resolved through (states known only from tear-offs need others). */
    private final Function<WireTransaction, ? extends ServicesForResolution> resolution;

    public TransactionVerifier(ServicesForResolution services) {
        this(services, new VerifiedSignatures());
    }

    public TransactionVerifier(ServicesForResolution services, VerifiedSignatures verifiedSignatures) {
        this(services, verifiedSignatures, transaction -> services);
    }

    public TransactionVerifier(ServicesForResolution services, VerifiedSignatures verifiedSignatures,
                               Function<WireTransaction, ? extends ServicesForResolution> resolution) {
        this.services = services;
        this.verifiedSignatures = verifiedSignatures;
        this.resolution = resolution;
    }

    /** Signatures, then contracts. */
    public void verify(SignedTransaction transaction, Collection<PublicKey> allowedToBeMissing) {
        verifySignatures(transaction, allowedToBeMissing);
        verifyContracts(transaction.getTx());
    }

    /**
     * Who signed first, then what they signed: a key that is not a required signer is refused before
     * any signature is checked, so a peer cannot make this node run signature arithmetic on keys of
     * its choosing (nor fill the decoded-key cache with them).
     */
    public void verifySignatures(SignedTransaction transaction, Collection<PublicKey> allowedToBeMissing) {
        SecureHash id = transaction.getId();
        // Corda recomputes the required keys on every call: take them once.
        Set<PublicKey> required = transaction.getTx().getRequiredSigningKeys();
        Set<PublicKey> signedBy = new HashSet<>();
        Set<String> strangers = new TreeSet<>();
        for (TransactionSignature signature : transaction.getSigs()) {
            signedBy.add(signature.getBy());
            if (!required.contains(signature.getBy())) {
                strangers.add(describe(signature.getBy()));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (PublicKey key : required) {
            if (!signedBy.contains(key) && !allowedToBeMissing.contains(key)) {
                missing.add(describe(key));
            }
        }
        List<String> wrongSigners = new ArrayList<>();
        if (!strangers.isEmpty()) {
            wrongSigners.add(String.join(", ", strangers) + " signed it but " + (strangers.size() == 1 ? "is not a required signer"
                    : "are not required signers"));
        }
        if (!missing.isEmpty()) {
            wrongSigners.add("it lacks the signature of " + String.join(", ", missing));
        }
        if (!wrongSigners.isEmpty()) {
            throw new SignatureCheckException(id, String.join("; ", wrongSigners), null);
        }
        for (TransactionSignature signature : transaction.getSigs()) {
            if (verifiedSignatures.contains(id, signature)) {
                continue;
            }
            if (!TransactionSignatures.isValid(signature, id)) {
                throw new SignatureCheckException(id, "the signature of " + describe(signature.getBy())
                        + " does not match it", null);
            }
            verifiedSignatures.add(id, signature);
        }
    }

    /** Resolves and runs every state's contract; returns the resolved transaction for callers that inspect it. */
    public LedgerTransaction verifyContracts(WireTransaction transaction) {
        LedgerTransaction resolved = resolve(transaction);
        verifyContracts(resolved);
        return resolved;
    }

    /** Looks up the inputs, references, attachments and parameters the transaction names. */
    public LedgerTransaction resolve(WireTransaction transaction) {
        SecureHash id = transaction.getId();
        try {
            return transaction.toLedgerTransaction(resolution.apply(transaction));
        } catch (TransactionResolutionException e) {
            throw new MissingDependencyException(id, e.getHash(), "transaction", e);
        } catch (AttachmentResolutionException e) {
            throw new MissingDependencyException(id, e.getHash(), "attachment", e);
        }
    }

    /** Runs Corda's verification: constraints against the pinned attachment, then every contract. */
    public void verifyContracts(LedgerTransaction resolved) {
        SecureHash id = resolved.getId();
        try {
            resolved.verify();
        } catch (TransactionVerificationException.ContractRejection e) {
            throw new ContractRejectionException(id, requirementOf(e), e);
        } catch (TransactionVerificationException e) {
            throw new LedgerException(id, "Corda's verification refused it: " + e.getMessage(), e);
        }
    }

    private String describe(PublicKey key) {
        Party party = services.getIdentityService().partyFromKey(key);
        return party != null ? party.getName().toString() : "an unknown key";
    }

    private static String requirementOf(TransactionVerificationException.ContractRejection rejection) {
        Throwable cause = rejection.getCause() != null ? rejection.getCause() : rejection;
        String message = String.valueOf(cause.getMessage());
        return message.startsWith(REQUIREMENT_PREFIX) ? message.substring(REQUIREMENT_PREFIX.length()) : message;
    }
}
