package net.claimsnet.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Malformed variants of a JSON document: truncated, nested deep, with huge strings, values of the
 * wrong type, unknown properties (closed or not), numbers no parser should take at face value,
 * flipped bytes, invalid UTF-8, or no JSON at all.
 */
final class JsonMutations {

    private static final String[] BAD_NUMBERS = {"1e999999999", "-1e-999999999", "1.7976931348623157e309", "NaN", "Infinity",
            "-0", "00012", "1.2.3", "0x1F", "1_000", "+5", ".5", "5.", "-", "1e", "9".repeat(400), "1" + "0".repeat(60) + ".01",
            "-99999999999999999999999", "1E+2147483648", "12e-3"};
    private static final String[] WRONG_VALUES = {"null", "true", "[]", "{}", "[[[]]]", "\"\"", "0", "-1", "\"x\"", "[null]",
            "{\"a\":1}", "\"2025-02-30\"", "\"9999-99-99\"", "\"\\u0000\"", "\"\\ud800\"", "\"" + "é".repeat(50) + "\""};

    private JsonMutations() {
    }

    static byte[] mutate(String json, Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> utf8(json.substring(0, random.nextInt(json.length() + 1)));
            case 1 -> utf8(nest(random));
            case 2 -> utf8(insertAfterBrace(json, "\"" + randomKey(random) + "\":\"" + "A".repeat(1 + random.nextInt(300_000)) + "\","));
            case 3 -> utf8(replaceValue(json, random, WRONG_VALUES[random.nextInt(WRONG_VALUES.length)]));
            case 4 -> utf8(insertAfterBrace(json, "\"" + randomKey(random) + "\":{\"a\":[1,{\"b\":" + (random.nextBoolean() ? "" : "2}]},")));
            case 5 -> utf8(replaceValue(json, random, BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)]));
            case 6 -> flipBytes(utf8(json), random);
            case 7 -> invalidUtf8(json, random);
            case 8 -> utf8(longList(random));
            case 9 -> utf8(json.replace("\"", random.nextBoolean() ? "'" : "").replace(":", random.nextBoolean() ? "=" : ":"));
            case 10 -> utf8(insertAfterBrace(json, "\"" + randomKey(random) + "\":" + "{\"x\":".repeat(random.nextInt(40) + 1)));
            default -> utf8(json + json.substring(0, random.nextInt(json.length() + 1)));
        };
    }

    private static String nest(Random random) {
        int depth = 5 + random.nextInt(random.nextBoolean() ? 50 : 20_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + (random.nextBoolean() ? "1" + close.repeat(depth) : "");
    }

    private static String longList(Random random) {
        int items = 500 + random.nextInt(20_000);
        StringBuilder list = new StringBuilder("{\"members\":[");
        for (int i = 0; i < items; i++) {
            list.append(i == 0 ? "" : ",").append(random.nextBoolean() ? "{}" : "1");
        }
        return list.append(random.nextBoolean() ? "]}" : "").toString();
    }

    private static String insertAfterBrace(String json, String insert) {
        int brace = json.indexOf('{');
        return brace < 0 ? "{" + insert : json.substring(0, brace + 1) + insert + json.substring(brace + 1);
    }

    /** Replaces the value after some colon with another text. */
    private static String replaceValue(String json, Random random, String value) {
        int colon = nthIndex(json, ':', random);
        if (colon < 0) {
            return value;
        }
        int end = colon + 1;
        while (end < json.length() && " \n\t".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        if (end < json.length() && json.charAt(end) == '"') {
            end = json.indexOf('"', end + 1) + 1;
        } else {
            while (end < json.length() && ",}]".indexOf(json.charAt(end)) < 0 && json.charAt(end) != '{' && json.charAt(end) != '[') {
                end++;
            }
        }
        return json.substring(0, colon + 1) + value + json.substring(Math.max(end, colon + 1));
    }

    static int nthIndex(String text, char wanted, Random random) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == wanted) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int target = random.nextInt(count);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == wanted && target-- == 0) {
                return i;
            }
        }
        return -1;
    }

    static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] flipped = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && flipped.length > 0; i++) {
            flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        return flipped;
    }

    private static byte[] invalidUtf8(String json, Random random) {
        byte[] bytes = utf8(json);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        int at = random.nextInt(bytes.length + 1);
        byte[] result = new byte[bytes.length + bad.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(bad, 0, result, at, bad.length);
        System.arraycopy(bytes, at, result, at + bad.length, bytes.length - at);
        return result;
    }

    private static String randomKey(Random random) {
        return random.nextBoolean() ? "zz" + random.nextInt(1000) : "claimId";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
