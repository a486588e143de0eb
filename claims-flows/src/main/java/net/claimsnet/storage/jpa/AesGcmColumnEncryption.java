package net.claimsnet.storage.jpa;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@link ColumnEncryption} with the JDK's AES-256-GCM. A stored value is
 * <pre>
 *   format (1 byte, 0xE0 + key generation: 0xE1..0xEF) | packing (1 byte: 0 as given, 1 deflated) | nonce (12 bytes) | ciphertext + tag (16 bytes)
 * </pre>
 * with a fresh random nonce per value and, as associated data, the two header bytes, the table name
 * and the row id: the tag fails for a value read from another row or table, or with its header changed.
 *
 * <p>Values are deflated before they are encrypted when that makes them shorter (Corda's AMQP bytes,
 * which repeat the schema of every type, shrink to a fraction): it costs less CPU than the bytes it
 * spares the database. Ciphertext cannot be compressed, so it is the only place to do it. The length of
 * a compressed value says something about its content; an observer of the database learns sizes only,
 * with no way to make the node compress what they choose next to a secret, so this is accepted.
 *
 * <p>The format byte names the generation of the node's column key that encrypted the value
 * ({@link ColumnKeyRing}): values are written with the current generation and read with whichever
 * generation they name, so that after a rotation old rows still read while the re-encryption pass
 * rewrites them. A value whose first byte is not a known format was written before the node encrypted
 * its columns (no clear format used here starts with 0xE1: Corda's AMQP starts with "corda", a JAR with
 * "PK", the flow engine's and the envelopes' own formats with a zero byte) and is returned as stored,
 * so a development database with older rows still opens; see docs/security.md, "At rest".
 */
final class AesGcmColumnEncryption implements ColumnEncryption {

    /** The format of the first generation (what every node wrote before rotation existed). */
    static final byte FORMAT_AES_GCM_V1 = (byte) 0xE1;
    private static final int FORMAT_MARK = 0xE0;
    static final byte PACKED_AS_GIVEN = 0;
    static final byte PACKED_DEFLATED = 1;
    private static final int HEADER_BYTES = 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final ColumnKeyRing keys;
    private final SecretKey currentKey;
    private final byte currentFormat;
    private final SecureRandom random = new SecureRandom();

    AesGcmColumnEncryption(ColumnKeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.currentKey = keys.dataKey(keys.current()).orElseThrow();
        this.currentFormat = formatOf(keys.current());
    }

    /** The first byte of a value encrypted with the given key generation. */
    static byte formatOf(int generation) {
        return (byte) (FORMAT_MARK | generation);
    }

    @Override
    public byte[] encrypt(byte[] plain, String table, String rowId) {
        if (plain == null) {
            return null;
        }
        byte[] deflated = deflate(plain);
        boolean packed = deflated.length < plain.length;
        byte[] message = packed ? deflated : plain;
        byte[] header = {currentFormat, packed ? PACKED_DEFLATED : PACKED_AS_GIVEN};
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, currentKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(header, table, rowId));
            byte[] stored = new byte[HEADER_BYTES + NONCE_BYTES + cipher.getOutputSize(message.length)];
            System.arraycopy(header, 0, stored, 0, HEADER_BYTES);
            System.arraycopy(nonce, 0, stored, HEADER_BYTES, NONCE_BYTES);
            cipher.doFinal(message, 0, message.length, stored, HEADER_BYTES + NONCE_BYTES);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new StorageException("A value for " + table + " could not be encrypted: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] decrypt(byte[] stored, String table, String rowId) {
        if (stored == null || !isEncrypted(stored)) {
            return stored;
        }
        if (stored.length < HEADER_BYTES + NONCE_BYTES + TAG_BITS / 8
                || (stored[1] != PACKED_AS_GIVEN && stored[1] != PACKED_DEFLATED)) {
            throw new StorageException("An encrypted value in " + table + " is damaged (" + stored.length + " bytes)");
        }
        int generation = generationOf(stored);
        SecretKey key = keys.dataKey(generation).orElseThrow(() -> new StorageException("A value in " + table
                + " was encrypted with the column key of generation " + generation + ", which the node's key store"
                + " no longer holds (retired before the re-encryption pass had rewritten it; restore the key store)"));
        byte[] header = Arrays.copyOf(stored, HEADER_BYTES);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, HEADER_BYTES, NONCE_BYTES));
            cipher.updateAAD(associatedData(header, table, rowId));
            byte[] message = cipher.doFinal(stored, HEADER_BYTES + NONCE_BYTES, stored.length - HEADER_BYTES - NONCE_BYTES);
            return header[1] == PACKED_DEFLATED ? inflate(message, table) : message;
        } catch (AEADBadTagException e) {
            // Names the table only: a row id can be a member's claim id.
            throw new StorageException("An encrypted value in " + table + " does not belong to the row it was read from"
                    + " (altered, copied from another row or table, or encrypted with another node's key)", e);
        } catch (GeneralSecurityException e) {
            throw new StorageException("An encrypted value in " + table + " could not be decrypted: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isOfOlderKey(byte[] stored) {
        return stored != null && isEncrypted(stored) && stored[0] != currentFormat;
    }

    /** Whether a stored value is in a format of this class (else it was written in clear, before). */
    static boolean isEncrypted(byte[] stored) {
        return stored.length > 0 && (stored[0] & 0xF0) == FORMAT_MARK && (stored[0] & 0x0F) >= ColumnKeyRing.FIRST_GENERATION;
    }

    /** The key generation an encrypted value names in its format byte. */
    static int generationOf(byte[] stored) {
        return stored[0] & 0x0F;
    }

    private static byte[] associatedData(byte[] header, String table, String rowId) {
        byte[] tableBytes = table.getBytes(StandardCharsets.UTF_8);
        byte[] rowBytes = rowId.getBytes(StandardCharsets.UTF_8);
        // The table's name is followed by a zero byte, which no table name holds: ("ab", "c") and ("a", "bc") differ.
        byte[] data = new byte[header.length + tableBytes.length + 1 + rowBytes.length];
        System.arraycopy(header, 0, data, 0, header.length);
        System.arraycopy(tableBytes, 0, data, header.length, tableBytes.length);
        System.arraycopy(rowBytes, 0, data, header.length + tableBytes.length + 1, rowBytes.length);
        return data;
    }

    private static byte[] deflate(byte[] plain) {
        // The fastest level: most of the gain of AMQP's repeated schemas for a fraction of the CPU.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 3));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
                if (out.size() >= plain.length) {
                    return plain; // no gain: stored as given
                }
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] deflated, String table) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[16384];
            while (!inflater.finished()) {
                int inflated = inflater.inflate(buffer);
                if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new StorageException("A compressed value in " + table + " ends too soon");
                }
                out.write(buffer, 0, inflated);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new StorageException("A compressed value in " + table + " is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
