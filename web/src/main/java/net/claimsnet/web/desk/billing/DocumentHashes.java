package net.claimsnet.web.desk.billing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A document's SHA-256, the name the ledger knows it by (64 upper-case hex digits, as Corda's SecureHash prints it). */
public final class DocumentHashes {

    private DocumentHashes() {
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
