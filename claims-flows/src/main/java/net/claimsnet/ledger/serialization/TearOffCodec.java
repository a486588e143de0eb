package net.claimsnet.ledger.serialization;

import net.corda.core.crypto.DigestService;
import net.corda.core.crypto.PartialMerkleTree;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.FilteredComponentGroup;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.utilities.OpaqueBytes;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A field-by-field encoding of a Merkle tear-off ({@link FilteredTransaction}), what a node sends
 * its notary for every transaction: as an AMQP document it carries its whole schema and costs a node
 * more to write and the notary more to read than the notarisation itself. Every field is written,
 * the components as their exact bytes, so the notary rebuilds the same tear-off and checks its
 * Merkle proof against the id as before: a tear-off altered on the way fails that check.
 *
 * <p>Covers tear-offs hashed with SHA-256 throughout (all this network makes); anything else is
 * left to AMQP ({@link #covers}).
 */
public final class TearOffCodec {

    private static final String SHA_256 = SecureHash.SHA2_256;
    private static final int HASH_SIZE = 32;
    private static final int MAX_COUNT = 1 << 20;

    private static final byte INCLUDED_LEAF = 0;
    private static final byte LEAF = 1;
    private static final byte NODE = 2;

    private TearOffCodec() {
    }

    /** Whether this tear-off can be written field by field (SHA-256 hashes only). */
    public static boolean covers(FilteredTransaction tearOff) {
        if (!SHA_256.equals(tearOff.getDigestService().getHashAlgorithm()) || !sha256(tearOff.getId())
                || !tearOff.getGroupHashes().stream().allMatch(TearOffCodec::sha256)) {
            return false;
        }
        for (FilteredComponentGroup group : tearOff.getFilteredComponentGroups()) {
            if (!group.getNonces().stream().allMatch(TearOffCodec::sha256) || !covers(group.getPartialMerkleTree().getRoot())) {
                return false;
            }
        }
        return true;
    }

    public static void write(DataOutputStream out, FilteredTransaction tearOff) throws IOException {
        writeHash(out, tearOff.getId());
        writeHashes(out, tearOff.getGroupHashes());
        out.writeInt(tearOff.getFilteredComponentGroups().size());
        for (FilteredComponentGroup group : tearOff.getFilteredComponentGroups()) {
            out.writeInt(group.getGroupIndex());
            out.writeInt(group.getComponents().size());
            for (OpaqueBytes component : group.getComponents()) {
                out.writeInt(component.getSize());
                component.writeTo(out);
            }
            writeHashes(out, group.getNonces());
            writeTree(out, group.getPartialMerkleTree().getRoot());
        }
    }

    public static FilteredTransaction read(DataInputStream in) throws IOException {
        SecureHash id = readHash(in);
        List<SecureHash> groupHashes = readHashes(in);
        int groupCount = count(in);
        List<FilteredComponentGroup> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            int groupIndex = in.readInt();
            int componentCount = count(in);
            List<OpaqueBytes> components = new ArrayList<>(componentCount);
            for (int c = 0; c < componentCount; c++) {
                byte[] component = new byte[count(in)];
                in.readFully(component);
                components.add(new OpaqueBytes(component));
            }
            List<SecureHash> nonces = readHashes(in);
            PartialMerkleTree tree = new PartialMerkleTree(readTree(in, 0));
            groups.add(new FilteredComponentGroup(groupIndex, components, nonces, tree));
        }
        return new FilteredTransaction(id, groups, groupHashes, new DigestService(SHA_256));
    }

    private static boolean covers(PartialMerkleTree.PartialTree tree) {
        if (tree instanceof PartialMerkleTree.PartialTree.IncludedLeaf) {
            return sha256(((PartialMerkleTree.PartialTree.IncludedLeaf) tree).getHash());
        }
        if (tree instanceof PartialMerkleTree.PartialTree.Leaf) {
            return sha256(((PartialMerkleTree.PartialTree.Leaf) tree).getHash());
        }
        if (tree instanceof PartialMerkleTree.PartialTree.Node) {
            PartialMerkleTree.PartialTree.Node node = (PartialMerkleTree.PartialTree.Node) tree;
            return SHA_256.equals(node.getHashAlgorithm()) && covers(node.getLeft()) && covers(node.getRight());
        }
        return false;
    }

    /** Pre-order: a tag, then a leaf's hash or a node's two subtrees. */
    private static void writeTree(DataOutputStream out, PartialMerkleTree.PartialTree tree) throws IOException {
        if (tree instanceof PartialMerkleTree.PartialTree.IncludedLeaf) {
            out.writeByte(INCLUDED_LEAF);
            writeHash(out, ((PartialMerkleTree.PartialTree.IncludedLeaf) tree).getHash());
        } else if (tree instanceof PartialMerkleTree.PartialTree.Leaf) {
            out.writeByte(LEAF);
            writeHash(out, ((PartialMerkleTree.PartialTree.Leaf) tree).getHash());
        } else {
            PartialMerkleTree.PartialTree.Node node = (PartialMerkleTree.PartialTree.Node) tree;
            out.writeByte(NODE);
            writeTree(out, node.getLeft());
            writeTree(out, node.getRight());
        }
    }

    /** Depth is bounded by the hash size in bits: a Merkle tree of more leaves than that cannot exist. */
    private static PartialMerkleTree.PartialTree readTree(DataInputStream in, int depth) throws IOException {
        if (depth > 64) {
            throw new IOException("A Merkle tree deeper than 64 levels is not plausible");
        }
        byte tag = in.readByte();
        switch (tag) {
            case INCLUDED_LEAF:
                return new PartialMerkleTree.PartialTree.IncludedLeaf(readHash(in));
            case LEAF:
                return new PartialMerkleTree.PartialTree.Leaf(readHash(in));
            case NODE:
                return new PartialMerkleTree.PartialTree.Node(readTree(in, depth + 1), readTree(in, depth + 1), SHA_256);
            default:
                throw new IOException("Unknown Merkle tree node " + tag);
        }
    }

    private static boolean sha256(SecureHash hash) {
        return hash instanceof SecureHash.SHA256;
    }

    private static void writeHash(DataOutputStream out, SecureHash hash) throws IOException {
        out.write(hash.getBytes());
    }

    private static SecureHash readHash(DataInputStream in) throws IOException {
        byte[] bytes = new byte[HASH_SIZE];
        in.readFully(bytes);
        return SecureHash.createSHA256(bytes);
    }

    private static void writeHashes(DataOutputStream out, List<SecureHash> hashes) throws IOException {
        out.writeInt(hashes.size());
        for (SecureHash hash : hashes) {
            writeHash(out, hash);
        }
    }

    private static List<SecureHash> readHashes(DataInputStream in) throws IOException {
        int count = count(in);
        List<SecureHash> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hashes.add(readHash(in));
        }
        return hashes;
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("A count of " + count + " is not plausible");
        }
        return count;
    }
}
