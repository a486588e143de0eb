package net.claimsnet.ledger.serialization;

/**
 * Steps over encoded AMQP 1.0 elements without decoding them. An element's constructor byte says
 * how long it is: its high four bits give the width of a fixed-size value (0, 1, 2, 4, 8 or 16
 * bytes) or of the size field that precedes a variable one (strings, binaries, symbols, lists,
 * maps, arrays); a described element is its descriptor element followed by its value element.
 */
final class AmqpElements {

    private static final int DESCRIBED = 0x00;

    private AmqpElements() {
    }

    /** Where the element starting at {@code at} ends, or -1 if it is malformed or runs past {@code limit}. */
    static int end(byte[] bytes, int at, int limit) {
        if (at >= limit) {
            return -1;
        }
        int constructor = bytes[at] & 0xff;
        if (constructor == DESCRIBED) {
            int descriptorEnd = end(bytes, at + 1, limit);
            return descriptorEnd < 0 ? -1 : end(bytes, descriptorEnd, limit);
        }
        int valueStart = at + 1;
        long end;
        switch (constructor >>> 4) {
            case 0x4: end = valueStart; break;
            case 0x5: end = valueStart + 1L; break;
            case 0x6: end = valueStart + 2L; break;
            case 0x7: end = valueStart + 4L; break;
            case 0x8: end = valueStart + 8L; break;
            case 0x9: end = valueStart + 16L; break;
            case 0xa: case 0xc: case 0xe:
                if (valueStart + 1 > limit) {
                    return -1;
                }
                end = valueStart + 1L + (bytes[valueStart] & 0xff);
                break;
            case 0xb: case 0xd: case 0xf:
                if (valueStart + 4 > limit) {
                    return -1;
                }
                end = valueStart + 4L + unsignedInt(bytes, valueStart);
                break;
            default:
                return -1;
        }
        return end <= limit ? (int) end : -1;
    }

    /** The unsigned, big-endian 32-bit number at {@code at}, as AMQP writes sizes and counts. */
    static long unsignedInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xffL) << 24) | ((bytes[at + 1] & 0xffL) << 16) | ((bytes[at + 2] & 0xffL) << 8)
                | (bytes[at + 3] & 0xffL);
    }
}
