package net.claimsnet.node.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A row's hash: SHA-256 over an encoding of its fields that no two different rows share (each text
 * length-prefixed, null told apart from empty, numbers in fixed width, a version tag first) followed by
 * the previous row's hash. Changing any field, the row's number or its link changes the hash.
 */
final class AuditRowHash {

    /** The "previous hash" of the first row. */
    static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION = "claimsnet.audit-row.v1".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private AuditRowHash() {
    }

    static String of(long seq, AuditEvent event, String previousHash) {
        MessageDigest sha256 = sha256();
        sha256.update(VERSION);
        ByteBuffer numbers = ByteBuffer.allocate(20);
        numbers.putLong(seq).putLong(event.at().getEpochSecond()).putInt(event.at().getNano());
        sha256.update(numbers.array());
        text(sha256, event.actor());
        text(sha256, event.action());
        text(sha256, event.resourceType());
        text(sha256, event.resourceId());
        text(sha256, event.outcome());
        text(sha256, event.detail());
        sha256.update(parseHash(previousHash));
        return HEX.formatHex(sha256.digest());
    }

    /** Whether the text is a hash as this class writes them: 64 lower-case hex digits. */
    static boolean isHash(String text) {
        return text != null && text.length() == 64 && text.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    private static byte[] parseHash(String hash) {
        if (!isHash(hash)) {
            // A stored link that is not a hash at all still hashes to something: the check then reports the row.
            return (hash == null ? "" : hash).getBytes(StandardCharsets.UTF_8);
        }
        return HEX.parseHex(hash);
    }

    private static void text(MessageDigest digest, String text) {
        if (text == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
