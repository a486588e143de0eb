package net.claimsnet.ledger.transactions;

import net.claimsnet.ledger.LedgerException;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.SignableData;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.SignatureException;
import java.util.List;

/**
 * Signs transactions with a node's key, the Corda way: over the transaction id and the signature
 * metadata (platform version and signature scheme), so any Corda verifier accepts the signature.
 */
public final class TransactionSigner {

    /** The Corda platform version these signatures declare (Corda 4.10 is platform 12). */
    public static final int PLATFORM_VERSION = 12;

    private final KeyPair keyPair;
    private final SignatureMetadata metadata;
    private final VerifiedSignatures verified;

    public TransactionSigner(KeyPair keyPair) {
        this(keyPair, new VerifiedSignatures());
    }

    /** A signer whose own signatures the node's verifier need not check again. */
    public TransactionSigner(KeyPair keyPair, VerifiedSignatures verified) {
        this.keyPair = keyPair;
        this.verified = verified;
        this.metadata = new SignatureMetadata(PLATFORM_VERSION,
                Crypto.findSignatureScheme(keyPair.getPublic()).getSchemeNumberID());
    }

    public TransactionSignature signatureOver(SecureHash transactionId) {
        TransactionSignature signature = computeSignature(transactionId);
        verified.add(transactionId, signature);
        return signature;
    }

    private TransactionSignature computeSignature(SecureHash transactionId) {
        if (Ed25519Signatures.canSign(keyPair)) {
            return Ed25519Signatures.sign(keyPair, transactionId, metadata);
        }
        try {
            return Crypto.doSign(keyPair, new SignableData(transactionId, metadata));
        } catch (InvalidKeyException | SignatureException e) {
            throw new LedgerException(transactionId, "this node's key cannot sign it", e);
        }
    }

    /**
     * This node's signature over a statement of its own that is not a transaction (a notarisation
     * request): Corda's signing with the node's key, in the key's scheme.
     */
    public DigitalSignature.WithKey signatureOverContent(byte[] content) {
        if (Ed25519Signatures.canSign(keyPair)) {
            return new DigitalSignature.WithKey(keyPair.getPublic(), Ed25519Signatures.signContent(keyPair, content));
        }
        try {
            return new DigitalSignature.WithKey(keyPair.getPublic(), Crypto.doSign(keyPair.getPrivate(), content));
        } catch (InvalidKeyException | SignatureException e) {
            throw new LedgerException(null, "this node's key cannot sign: " + e.getMessage(), e);
        }
    }

    /** The first signature: turns a wire transaction into a signed one. */
    public SignedTransaction sign(WireTransaction transaction) {
        return new SignedTransaction(transaction, List.of(signatureOver(transaction.getId())));
    }

    /** Adds this node's signature to what others signed. */
    public SignedTransaction countersign(SignedTransaction transaction) {
        return transaction.withAdditionalSignature(signatureOver(transaction.getId()));
    }
}
