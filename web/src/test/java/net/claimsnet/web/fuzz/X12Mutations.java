package net.claimsnet.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Malformed variants of an X12 interchange: truncated, segments dropped, repeated or reordered,
 * elements replaced with long or odd values, separators changed, the ISA's fixed width broken,
 * bytes flipped, or a segment repeated until the body is large.
 */
final class X12Mutations {

    private X12Mutations() {
    }

    static byte[] mutate(String edi, Random random) {
        char terminator = terminatorOf(edi);
        List<String> segments = new ArrayList<>(Arrays.asList(edi.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))));
        switch (random.nextInt(10)) {
            case 0 -> {
                return ascii(edi.substring(0, random.nextInt(edi.length() + 1)));
            }
            case 1 -> segments.remove(random.nextInt(segments.size()));
            case 2 -> {
                int at = random.nextInt(segments.size());
                for (int i = random.nextInt(5_000); i >= 0; i--) {
                    segments.add(at, segments.get(at));
                }
            }
            case 3 -> java.util.Collections.shuffle(segments.subList(Math.min(1, segments.size()), segments.size()), random);
            case 4 -> {
                int at = random.nextInt(segments.size());
                segments.set(at, replaceElement(segments.get(at), random));
            }
            case 5 -> {
                return ascii(edi.replace(terminator, random.nextBoolean() ? '\n' : '*'));
            }
            case 6 -> segments.set(0, segments.get(0).substring(0, Math.max(0, segments.get(0).length() - 1 - random.nextInt(20))));
            case 7 -> {
                return JsonMutations.flipBytes(ascii(edi), random);
            }
            case 8 -> segments.add(random.nextInt(segments.size() + 1), "ZZ*" + "9".repeat(random.nextInt(100_000)));
            default -> {
                int at = random.nextInt(segments.size());
                segments.set(at, segments.get(at).replace("*", random.nextBoolean() ? "**" : "*\u00e9\u0000*"));
            }
        }
        return String.join(String.valueOf(terminator), segments).getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceElement(String segment, Random random) {
        String[] elements = segment.split("\\*", -1);
        if (elements.length < 2) {
            return segment + "*" + "X".repeat(random.nextInt(10_000));
        }
        String[] odd = {"", "X".repeat(1 + random.nextInt(5_000)), "-1", "99999999999999999999", "1e999", "20251399", "ÿÿ",
                "%00", "A:B:C:D:E:F:G", "^^^", "0.000000001"};
        elements[1 + random.nextInt(elements.length - 1)] = odd[random.nextInt(odd.length)];
        return String.join("*", elements);
    }

    /** The segment terminator: the ISA's 106th character, or '~'. */
    private static char terminatorOf(String edi) {
        int isa = edi.indexOf("ISA");
        return isa >= 0 && edi.length() > isa + 105 ? edi.charAt(isa + 105) : '~';
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
