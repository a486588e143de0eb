package net.claimsnet.flows.audit;

import net.corda.core.crypto.Crypto;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.serialization.CordaSerializable;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SignatureException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A node's statement "my audit chain had row {@code seq} with hash {@code hash} at {@code signedAt}",
 * signed with its ledger key (Corda's {@link Crypto}, the scheme of the key). Whoever holds it can later
 * tell that rows up to {@code seq} were changed (the row's hash differs) or removed (the chain is shorter).
 */
@CordaSerializable
public final class SignedAuditHead {

    /** What the signed bytes start with, so that a head's signature can never pass for another message's. */
    private static final String PURPOSE = "claimsnet.audit-head.v1";

    private final CordaX500Name node;
    private final long seq;
    private final String hash;
    private final Instant signedAt;
    private final byte[] signature;

    public SignedAuditHead(CordaX500Name node, long seq, String hash, Instant signedAt, byte[] signature) {
        this.node = Objects.requireNonNull(node, "node");
        this.seq = seq;
        this.hash = Objects.requireNonNull(hash, "hash");
        this.signedAt = Objects.requireNonNull(signedAt, "signedAt");
        this.signature = signature.clone();
    }

    /** Signs the head of the node's chain with the node's key (the time to the microsecond, as databases keep it). */
    public static SignedAuditHead sign(CordaX500Name node, long seq, String hash, Instant at, KeyPair key) {
        Instant signedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        try {
            return new SignedAuditHead(node, seq, hash, signedAt,
                    Crypto.doSign(key.getPrivate(), signedContent(node, seq, hash, signedAt)));
        } catch (InvalidKeyException | SignatureException e) {
            throw new IllegalStateException("The node's key cannot sign its audit chain's head: " + e.getMessage(), e);
        }
    }

    /** Whether the key signed exactly this head (node, row number, hash and time). */
    public boolean isSignedBy(PublicKey key) {
        try {
            return Crypto.isValid(key, signature, signedContent(node, seq, hash, signedAt));
        } catch (SignatureException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] signedContent(CordaX500Name node, long seq, String hash, Instant signedAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(PURPOSE);
            out.writeUTF(node.toString());
            out.writeLong(seq);
            out.writeUTF(hash);
            out.writeLong(signedAt.getEpochSecond());
            out.writeInt(signedAt.getNano());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public CordaX500Name getNode() {
        return node;
    }

    /** The sequence number of the newest row the head covers. */
    public long getSeq() {
        return seq;
    }

    /** That row's hash (SHA-256, lower-case hex), which chains every row before it. */
    public String getHash() {
        return hash;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public byte[] getSignature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SignedAuditHead)) {
            return false;
        }
        SignedAuditHead that = (SignedAuditHead) other;
        return seq == that.seq && node.equals(that.node) && hash.equals(that.hash) && signedAt.equals(that.signedAt)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(node, seq, hash);
    }

    @Override
    public String toString() {
        return "audit head " + seq + " " + hash + " of " + node.getOrganisation() + " signed at " + signedAt;
    }
}
