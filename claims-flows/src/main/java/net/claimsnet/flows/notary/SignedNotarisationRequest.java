package net.claimsnet.flows.notary;

import net.claimsnet.ledger.transactions.ContentSignatures;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.util.List;
import java.util.Objects;

/**
 * A requester's signed statement "I, {@code requester}, ask {@code notary} to commit transaction
 * {@code id}, consuming these inputs and relying on these references", as Corda 4's notary client
 * signs its {@code NotarisationRequest}. The notary keeps it with the commit: who asked is then a
 * signature anyone can check, not only a name the notary wrote down. It holds ids, refs, names and a
 * public key: no PHI.
 */
public final class SignedNotarisationRequest {

    /** What the signed bytes start with, so that this signature can never pass for another message's. */
    private static final String PURPOSE = "claimsnet.notarisation-request.v1";
    private static final int STORED_FORMAT = 1;

    private final byte[] content;
    private final CordaX500Name requester;
    private final PublicKey signer;
    private final byte[] signature;

    public SignedNotarisationRequest(byte[] content, CordaX500Name requester, PublicKey signer, byte[] signature) {
        this.content = content.clone();
        this.requester = Objects.requireNonNull(requester, "requester");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.signature = signature.clone();
    }

    /**
     * The bytes a requester signs: fixed order, lengths and counts written out, so that two different
     * requests never give the same bytes.
     */
    public static byte[] content(SecureHash transactionId, List<StateRef> inputs, List<StateRef> references,
                                 CordaX500Name notary, CordaX500Name requester) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 40 * (inputs.size() + references.size()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(PURPOSE);
            out.writeUTF(transactionId.toString());
            writeRefs(out, inputs);
            writeRefs(out, references);
            out.writeUTF(notary.toString());
            out.writeUTF(requester.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeRefs(DataOutputStream out, List<StateRef> refs) throws IOException {
        out.writeInt(refs.size());
        for (StateRef ref : refs) {
            out.writeUTF(ref.getTxhash().toString());
            out.writeInt(ref.getIndex());
        }
    }

    public static SignedNotarisationRequest of(byte[] content, CordaX500Name requester, DigitalSignature.WithKey signature) {
        return new SignedNotarisationRequest(content, requester, signature.getBy(), signature.getBytes());
    }

    /** Whether {@code key} signed exactly these bytes. */
    public boolean isSignedBy(PublicKey key) {
        if (!signer.equals(key)) {
            return false;
        }
        return ContentSignatures.isValid(key, signature, content);
    }

    /** Whether these are the bytes a request for this transaction, by this requester, to this notary signs. */
    public boolean isFor(SecureHash transactionId, List<StateRef> inputs, List<StateRef> references, CordaX500Name notary) {
        return java.util.Arrays.equals(content, content(transactionId, inputs, references, notary, requester));
    }

    /** Whether the signed bytes are a request of this kind for this transaction. */
    public boolean isFor(SecureHash transactionId) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            return PURPOSE.equals(in.readUTF()) && transactionId.toString().equals(in.readUTF());
        } catch (IOException e) {
            return false;
        }
    }

    /** The form the notary stores (then encrypted, like every serialized column). */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(STORED_FORMAT);
            out.writeUTF(requester.toString());
            writeBytes(out, signer.getEncoded());
            writeBytes(out, signature);
            writeBytes(out, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static SignedNotarisationRequest fromBytes(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            int format = in.readUnsignedByte();
            if (format != STORED_FORMAT) {
                throw new IllegalArgumentException("A stored notarisation request of format " + format + " cannot be read");
            }
            CordaX500Name requester = CordaX500Name.parse(in.readUTF());
            PublicKey signer = Crypto.decodePublicKey(readBytes(in));
            byte[] signature = readBytes(in);
            return new SignedNotarisationRequest(readBytes(in), requester, signer, signature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
            throw new IOException("A field of " + length + " bytes is not plausible in a notarisation request");
        }
        byte[] value = new byte[length];
        in.readFully(value);
        return value;
    }

    public byte[] content() {
        return content.clone();
    }

    public CordaX500Name requester() {
        return requester;
    }

    public PublicKey signer() {
        return signer;
    }

    public byte[] signature() {
        return signature.clone();
    }
}
