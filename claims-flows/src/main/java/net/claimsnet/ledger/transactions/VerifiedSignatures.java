package net.claimsnet.ledger.transactions;

import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signatures a node has already checked, or made itself. A claim collects about nine
 * signatures on its way from submission to settlement and each party meets most of them more than
 * once (building, countersigning, resolving back chains); checking each once is what keeps two
 * cores fast enough. Shared by a node's signer and verifier, never between nodes.
 */
public final class VerifiedSignatures {

    private static final int CAPACITY = 200_000;

    private final Map<Key, Boolean> verified = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized boolean contains(SecureHash transactionId, TransactionSignature signature) {
        return verified.containsKey(new Key(transactionId, signature.getBytes()));
    }

    synchronized void add(SecureHash transactionId, TransactionSignature signature) {
        verified.put(new Key(transactionId, signature.getBytes()), Boolean.TRUE);
    }

    private static final class Key {
        private final SecureHash transactionId;
        private final byte[] signature;
        private final int hash;

        Key(SecureHash transactionId, byte[] signature) {
            this.transactionId = transactionId;
            this.signature = signature;
            this.hash = 31 * transactionId.hashCode() + Arrays.hashCode(signature);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).transactionId.equals(transactionId)
                    && Arrays.equals(((Key) o).signature, signature);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
