package net.claimsnet.ledger.transactions;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Ed25519 verification (RFC 8032, the cofactorless check {@code encode([S]B - [k]A) == R} that
 * BouncyCastle's {@code Ed25519.verify} makes, with the same refusals) for a public key verified
 * often: a network has a handful of keys and each checks thousands of signatures.
 *
 * <p>Why it is faster: BouncyCastle decodes the key (a square root) on every call and runs one
 * doubling per bit of the 253-bit scalars. Here the key is decoded once, and the two scalars are cut
 * into eight 32-bit pieces multiplying precomputed points {@code [2^(32 j)]B} and
 * {@code [2^(32 j)](-A)}: 33 doublings instead of 253, with the additions unchanged. The group
 * arithmetic is exact (the Edwards formulas BouncyCastle uses, complete on the whole curve), so
 * every signature gets the answer BouncyCastle gives; the tests compare the two on valid, tampered
 * and malformed signatures and keys. Only public data enters, so variable time is fine.
 */
final class Ed25519KeyTables {

    private static final int CHUNKS = 8;
    private static final int CHUNK_BITS = 32;
    /**
     * Window widths: a width-w NAF has an addition every w+1 bits on average, and a table of
     * 2^(w-2) points per chunk (a key's tables 120 KB at width 9, the base point's 240 KB at 10).
     * Wider than 7 and 8 saves a fifth of the additions, about a tenth of a verification.
     */
    private static final int KEY_WIDTH = 9;
    private static final int BASE_WIDTH = 10;

    private static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    private static final BigInteger D_VALUE = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final int[] D = field(D_VALUE);
    private static final int[] D2 = field(D_VALUE.shiftLeft(1).mod(P));
    /** The base point's encoding (y = 4/5, x positive). */
    private static final byte[] BASE_ENCODING = baseEncoding();
    private static final Cached[][] BASE_TABLES = tables(decode(BASE_ENCODING, false), BASE_WIDTH);

    private final byte[] publicKey;
    private final Cached[][] keyTables;

    private Ed25519KeyTables(byte[] publicKey, Cached[][] keyTables) {
        this.publicKey = publicKey;
        this.keyTables = keyTables;
    }

    /** Tables for this 32-byte key, or null when BouncyCastle would refuse the key (then every signature fails). */
    static Ed25519KeyTables of(byte[] publicKey) {
        if (publicKey.length != 32) {
            return null;
        }
        Accumulator negatedKey = decode(publicKey, true);
        return negatedKey == null ? null : new Ed25519KeyTables(publicKey.clone(), tables(negatedKey, KEY_WIDTH));
    }

    boolean verify(byte[] signature, byte[] message) {
        if (signature.length != 64) {
            return false;
        }
        byte[] r = Arrays.copyOfRange(signature, 0, 32);
        byte[] s = Arrays.copyOfRange(signature, 32, 64);
        if (littleEndian(s).compareTo(L) >= 0) {
            return false;
        }
        MessageDigest sha512 = sha512();
        sha512.update(r);
        sha512.update(publicKey);
        sha512.update(message);
        byte[] k = toLittleEndian32(littleEndian(sha512.digest()).mod(L));

        Temps t = new Temps();
        Accumulator sum = Accumulator.neutral();
        int[][] sDigits = new int[CHUNKS][];
        int[][] kDigits = new int[CHUNKS][];
        int top = -1;
        for (int j = 0; j < CHUNKS; j++) {
            sDigits[j] = wnaf(chunk(s, j), BASE_WIDTH);
            kDigits[j] = wnaf(chunk(k, j), KEY_WIDTH);
            top = Math.max(top, Math.max(highest(sDigits[j]), highest(kDigits[j])));
        }
        for (int bit = top; bit >= 0; bit--) {
            if (bit < top) {
                sum.twice(t);
            }
            for (int j = 0; j < CHUNKS; j++) {
                add(sum, BASE_TABLES[j], sDigits[j][bit], t);
                add(sum, keyTables[j], kDigits[j][bit], t);
            }
        }
        return Arrays.equals(sum.encode(), r);
    }

    private static void add(Accumulator sum, Cached[] table, int digit, Temps t) {
        if (digit != 0) {
            sum.add(table[(Math.abs(digit) - 1) >>> 1], digit < 0, t);
        }
    }

    // ---- scalars --------------------------------------------------------------------------------

    private static long chunk(byte[] scalar, int index) {
        int at = index * 4;
        return (scalar[at] & 0xFFL) | (scalar[at + 1] & 0xFFL) << 8 | (scalar[at + 2] & 0xFFL) << 16
                | (scalar[at + 3] & 0xFFL) << 24;
    }

    /** Width-w non-adjacent form of a 32-bit value: odd digits below 2^(w-1) in magnitude, 34 positions. */
    static int[] wnaf(long value, int width) {
        int[] digits = new int[CHUNK_BITS + 2];
        long k = value;
        int window = 1 << width;
        for (int i = 0; k != 0; i++) {
            if ((k & 1) != 0) {
                int digit = (int) (k & (window - 1));
                if (digit >= window >>> 1) {
                    digit -= window;
                }
                digits[i] = digit;
                k -= digit;
            }
            k >>= 1;
        }
        return digits;
    }

    private static int highest(int[] digits) {
        for (int i = digits.length - 1; i >= 0; i--) {
            if (digits[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static BigInteger littleEndian(byte[] bytes) {
        byte[] big = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            big[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, big);
    }

    private static byte[] toLittleEndian32(BigInteger value) {
        byte[] big = value.toByteArray();
        byte[] little = new byte[32];
        for (int i = 0; i < big.length && i < 32; i++) {
            little[i] = big[big.length - 1 - i];
        }
        return little;
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-512", e);
        }
    }

    // ---- points ---------------------------------------------------------------------------------

    /**
     * Decodes a point as BouncyCastle's {@code decodePointVar} does (y below p, x from the square
     * root, no "negative zero"), negated if asked; null when it refuses the encoding.
     */
    private static Accumulator decode(byte[] encoding, boolean negate) {
        byte[] yBytes = encoding.clone();
        int xSign = (yBytes[31] & 0x80) >>> 7;
        yBytes[31] &= 0x7F;
        if (littleEndian(yBytes).compareTo(P) >= 0) {
            return null;
        }
        int[] y = X25519Field.create();
        X25519Field.decode(yBytes, 0, y);
        int[] u = X25519Field.create();
        int[] v = X25519Field.create();
        X25519Field.sqr(y, u);
        X25519Field.mul(D, u, v);
        X25519Field.subOne(u);
        X25519Field.addOne(v);
        int[] x = X25519Field.create();
        if (!X25519Field.sqrtRatioVar(u, v, x)) {
            return null;
        }
        X25519Field.normalize(x);
        if (xSign == 1 && X25519Field.isZeroVar(x)) {
            return null;
        }
        if (negate ^ (xSign != (x[0] & 1))) {
            X25519Field.negate(x, x);
            X25519Field.normalize(x);
        }
        X25519Field.normalize(y);
        return Accumulator.affine(x, y);
    }

    /** For each of the eight chunks, the odd multiples 1, 3, ... 2^(w-1)-1 of [2^(32 j)]point, affine. */
    private static Cached[][] tables(Accumulator point, int width) {
        Cached[][] tables = new Cached[CHUNKS][];
        Temps t = new Temps();
        Accumulator base = point.copy();
        for (int j = 0; j < CHUNKS; j++) {
            if (j > 0) {
                for (int i = 0; i < CHUNK_BITS; i++) {
                    base.twice(t);
                }
            }
            Cached[] table = new Cached[1 << (width - 2)];
            table[0] = base.cached();
            Accumulator twice = base.copy();
            twice.twice(t);
            Cached doubled = twice.cached();
            Accumulator multiple = base.copy();
            for (int i = 1; i < table.length; i++) {
                multiple.add(doubled, false, t);
                table[i] = multiple.cached();
            }
            tables[j] = table;
        }
        return tables;
    }

    private static int[] field(BigInteger value) {
        int[] element = X25519Field.create();
        X25519Field.decode(toLittleEndian32(value), 0, element);
        return element;
    }

    private static byte[] baseEncoding() {
        BigInteger y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
        return toLittleEndian32(y);
    }

    /** A point in affine form ready to add: y+x, y-x and 2dxy (z = 1). */
    private static final class Cached {
        final int[] yPlusX;
        final int[] yMinusX;
        final int[] xy2d;

        Cached(int[] yPlusX, int[] yMinusX, int[] xy2d) {
            this.yPlusX = yPlusX;
            this.yMinusX = yMinusX;
            this.xy2d = xy2d;
        }
    }

    /** Scratch field elements for one computation. */
    private static final class Temps {
        final int[] a = X25519Field.create();
        final int[] b = X25519Field.create();
        final int[] c = X25519Field.create();
        final int[] d = X25519Field.create();
        final int[] f = X25519Field.create();
        final int[] g = X25519Field.create();
    }

    /** Extended coordinates (X:Y:Z:T) with T kept as the product u*v, as BouncyCastle's PointAccum. */
    private static final class Accumulator {
        final int[] x = X25519Field.create();
        final int[] y = X25519Field.create();
        final int[] z = X25519Field.create();
        final int[] u = X25519Field.create();
        final int[] v = X25519Field.create();

        static Accumulator neutral() {
            Accumulator p = new Accumulator();
            X25519Field.one(p.y);
            X25519Field.one(p.z);
            X25519Field.one(p.v);
            return p;
        }

        static Accumulator affine(int[] x, int[] y) {
            Accumulator p = new Accumulator();
            X25519Field.copy(x, 0, p.x, 0);
            X25519Field.copy(y, 0, p.y, 0);
            X25519Field.one(p.z);
            X25519Field.copy(x, 0, p.u, 0);
            X25519Field.copy(y, 0, p.v, 0);
            return p;
        }

        Accumulator copy() {
            Accumulator p = new Accumulator();
            X25519Field.copy(x, 0, p.x, 0);
            X25519Field.copy(y, 0, p.y, 0);
            X25519Field.copy(z, 0, p.z, 0);
            X25519Field.copy(u, 0, p.u, 0);
            X25519Field.copy(v, 0, p.v, 0);
            return p;
        }

        /** Doubling (dbl-2008-hwcd for a = -1), BouncyCastle's pointDouble step for step. */
        void twice(Temps t) {
            int[] a = t.a;
            int[] b = t.b;
            int[] c = t.c;
            int[] e = u;
            int[] f = t.f;
            int[] g = t.g;
            int[] h = v;
            X25519Field.sqr(x, a);
            X25519Field.sqr(y, b);
            X25519Field.sqr(z, c);
            X25519Field.add(c, c, c);
            X25519Field.apm(a, b, h, g);
            X25519Field.add(x, y, e);
            X25519Field.sqr(e, e);
            X25519Field.sub(h, e, e);
            X25519Field.add(c, g, f);
            X25519Field.carry(f);
            X25519Field.mul(e, f, x);
            X25519Field.mul(g, h, y);
            X25519Field.mul(f, g, z);
        }

        /** Adds (or subtracts) an affine point (add-2008-hwcd-3 with Z2 = 1), as BouncyCastle's pointAddVar. */
        void add(Cached q, boolean negate, Temps t) {
            int[] a = t.a;
            int[] b = t.b;
            int[] c = t.c;
            int[] d = t.d;
            int[] e = u;
            int[] f = t.f;
            int[] g = t.g;
            int[] h = v;
            X25519Field.apm(y, x, b, a);
            X25519Field.mul(a, negate ? q.yPlusX : q.yMinusX, a);
            X25519Field.mul(b, negate ? q.yMinusX : q.yPlusX, b);
            X25519Field.mul(u, v, c);
            X25519Field.mul(c, q.xy2d, c);
            X25519Field.add(z, z, d);
            X25519Field.apm(b, a, h, e);
            if (negate) {
                X25519Field.apm(d, c, f, g);
                X25519Field.carry(f);
            } else {
                X25519Field.apm(d, c, g, f);
                X25519Field.carry(g);
            }
            X25519Field.mul(e, f, x);
            X25519Field.mul(g, h, y);
            X25519Field.mul(f, g, z);
        }

        /** x/z and y/z, normalized: {x, y}. */
        private int[][] affine() {
            int[] inverse = X25519Field.create();
            X25519Field.invVar(z, inverse);
            int[] ax = X25519Field.create();
            int[] ay = X25519Field.create();
            X25519Field.mul(x, inverse, ax);
            X25519Field.mul(y, inverse, ay);
            X25519Field.normalize(ax);
            X25519Field.normalize(ay);
            return new int[][] {ax, ay};
        }

        /** This point made affine, in the form {@link #add} takes. */
        Cached cached() {
            int[][] affine = affine();
            int[] ax = affine[0];
            int[] ay = affine[1];
            int[] yPlusX = X25519Field.create();
            int[] yMinusX = X25519Field.create();
            int[] xy2d = X25519Field.create();
            X25519Field.add(ay, ax, yPlusX);
            X25519Field.sub(ay, ax, yMinusX);
            X25519Field.mul(ax, ay, xy2d);
            X25519Field.mul(xy2d, D2, xy2d);
            X25519Field.normalize(yPlusX);
            X25519Field.normalize(yMinusX);
            X25519Field.normalize(xy2d);
            return new Cached(yPlusX, yMinusX, xy2d);
        }

        /** RFC 8032 encoding: y, with the low bit of x in the top bit. */
        byte[] encode() {
            int[][] affine = affine();
            int[] ax = affine[0];
            int[] ay = affine[1];
            byte[] encoded = new byte[32];
            X25519Field.encode(ay, encoded, 0);
            encoded[31] |= (byte) ((ax[0] & 1) << 7);
            return encoded;
        }
    }
}
