package net.claimsnet.web.x12.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static net.claimsnet.web.x12.claims.GuideLoop.loop;
import static net.claimsnet.web.x12.claims.GuideLoop.segment;

/**
 * The loop structures of the 837P (005010X222A1) and 837I (005010X223A2) implementation guides, as far
 * as this network reads them: every loop and segment each guide defines, in the guide's order, with
 * the guide's least and most uses (situational ones as optional). NM1 loops are told apart by NM101,
 * HL loops by HL03, as the guides do.
 */
final class GuideStructures {

    private static final int MANY = 999_999;

    static final GuideLoop PROFESSIONAL = transaction(true);
    static final GuideLoop INSTITUTIONAL = transaction(false);

    private GuideStructures() {
    }

    private static GuideLoop transaction(boolean professional) {
        return loop("ST", 1, 1, segment("ST", 1, 1),
                segment("BHT", 1, 1),
                loop("1000A", 1, 1, nm1("41", "submitter name"), segment("PER", 1, 2)),
                loop("1000B", 1, 1, nm1("40", "receiver name")),
                billingProvider(professional),
                segment("SE", 1, 1));
    }

    private static GuideLoop billingProvider(boolean professional) {
        return loop("2000A", 1, MANY, hl("20", "billing provider level"),
                segment("PRV", 0, 1),
                segment("CUR", 0, 1),
                loop("2010AA", 1, 1, nm1("85", "billing provider name"),
                        segment("N3", 1, 1), segment("N4", 1, 1), segment("REF", 1, 3), segment("PER", 0, 2)),
                loop("2010AB", 0, 1, nm1("87", "pay-to address"), segment("N3", 1, 1), segment("N4", 1, 1)),
                loop("2010AC", 0, 1, nm1("PE", "pay-to plan name"), segment("N3", 1, 1), segment("N4", 1, 1),
                        segment("REF", 1, 2)),
                loop("2000B", 1, MANY, hl("22", "subscriber level"),
                        segment("SBR", 1, 1),
                        segment("PAT", 0, 1),
                        loop("2010BA", 1, 1, nm1("IL", "subscriber name"), segment("N3", 0, 1), segment("N4", 0, 1),
                                segment("DMG", 0, 1), segment("REF", 0, 2), segment("PER", 0, 1)),
                        loop("2010BB", 1, 1, nm1("PR", "payer name"), segment("N3", 0, 1), segment("N4", 0, 1),
                                segment("REF", 0, 4)),
                        claim(professional, 0),
                        loop("2000C", 0, MANY, hl("23", "patient level"),
                                segment("PAT", 1, 1),
                                loop("2010CA", 1, 1, nm1("QC", "patient name"), segment("N3", 1, 1),
                                        segment("N4", 1, 1), segment("DMG", 1, 1), segment("REF", 0, 2),
                                        segment("PER", 0, 1)),
                                claim(professional, 1))));
    }

    private static GuideLoop claim(boolean professional, int min) {
        List<GuideLoop> children = new ArrayList<>();
        children.add(segment("DTP", 0, 20));
        if (!professional) {
            children.add(segment("CL1", 0, 1));
        }
        children.add(segment("PWK", 0, 10));
        children.add(segment("CN1", 0, 1));
        children.add(segment("AMT", 0, 3));
        children.add(segment("REF", 0, 20));
        children.add(segment("K3", 0, 10));
        children.add(segment("NTE", 0, professional ? 1 : 10));
        if (professional) {
            children.add(segment("CR1", 0, 1));
            children.add(segment("CR2", 0, 1));
        }
        children.add(segment("CRC", 0, 8));
        children.add(segment("HI", 1, professional ? 4 : 25));
        children.add(segment("HCP", 0, 1));
        String[][] providers = professional
                ? new String[][]{{"2310A", "DN", "P3"}, {"2310B", "82"}, {"2310C", "77"}, {"2310D", "DQ"}, {"2310E", "PW"}, {"2310F", "45"}}
                : new String[][]{{"2310A", "71"}, {"2310B", "72"}, {"2310C", "ZZ"}, {"2310D", "82"}, {"2310E", "77"}, {"2310F", "DN"}};
        for (String[] provider : providers) {
            children.add(providerLoop(provider));
        }
        children.add(otherSubscriber(professional));
        children.add(professional ? professionalLine() : institutionalLine());
        return loop("2300", min, 100, segment("CLM", 1, 1), children.toArray(GuideLoop[]::new));
    }

    private static GuideLoop providerLoop(String[] idAndCodes) {
        return loop(idAndCodes[0], 0, 1, nm1(java.util.Arrays.copyOfRange(idAndCodes, 1, idAndCodes.length)),
                segment("PRV", 0, 1), segment("N3", 0, 1), segment("N4", 0, 1), segment("REF", 0, 20),
                segment("PER", 0, 1));
    }

    private static GuideLoop otherSubscriber(boolean professional) {
        List<GuideLoop> children = new ArrayList<>(List.of(segment("CAS", 0, 5), segment("AMT", 0, 3),
                segment("OI", 1, 1)));
        if (!professional) {
            children.add(segment("MIA", 0, 1));
        }
        children.add(segment("MOA", 0, 1));
        String[][] others = {{"2330A", "IL"}, {"2330B", "PR"}, {"2330C", "DN", "P3", "71"}, {"2330D", "82", "72"},
                {"2330E", "77", "ZZ"}, {"2330F", "DQ"}, {"2330G", "85"}};
        for (String[] other : others) {
            children.add(loop(other[0], 0, 1, nm1(java.util.Arrays.copyOfRange(other, 1, other.length)),
                    segment("N3", 0, 1), segment("N4", 0, 1), segment("DTP", 0, 1), segment("REF", 0, 5)));
        }
        return loop("2320", 0, 10, segment("SBR", 1, 1), children.toArray(GuideLoop[]::new));
    }

    private static GuideLoop professionalLine() {
        return loop("2400", 1, 50, segment("LX", 1, 1),
                segment("SV1", 1, 1), segment("SV5", 0, 1), segment("PWK", 0, 10), segment("CR1", 0, 1),
                segment("CR3", 0, 1), segment("CRC", 0, 3), segment("DTP", 0, 10), segment("QTY", 0, 2),
                segment("MEA", 0, 5), segment("CN1", 0, 1), segment("REF", 0, 20), segment("AMT", 0, 2),
                segment("K3", 0, 10), segment("NTE", 0, 2), segment("PS1", 0, 1), segment("HCP", 0, 1),
                loop("2410", 0, 1, segment("LIN", 1, 1), segment("CTP", 1, 1), segment("REF", 0, 1)),
                lineProviders(new String[][]{{"2420A", "82"}, {"2420B", "QB"}, {"2420C", "77"}, {"2420D", "DQ"},
                        {"2420E", "DK"}, {"2420F", "DN", "P3"}, {"2420G", "PW"}, {"2420H", "45"}}),
                loop("2430", 0, 15, segment("SVD", 1, 1), segment("CAS", 0, 5), segment("DTP", 1, 1), segment("AMT", 0, 1)),
                loop("2440", 0, MANY, segment("LQ", 1, 1), segment("FRM", 1, 99)));
    }

    private static GuideLoop institutionalLine() {
        return loop("2400", 1, 999, segment("LX", 1, 1),
                segment("SV2", 1, 1), segment("PWK", 0, 10), segment("DTP", 0, 1), segment("AMT", 0, 2),
                segment("REF", 0, 20), segment("NTE", 0, 1), segment("HCP", 0, 1),
                loop("2410", 0, 1, segment("LIN", 1, 1), segment("CTP", 1, 1), segment("REF", 0, 1)),
                lineProviders(new String[][]{{"2420A", "72"}, {"2420B", "ZZ"}, {"2420C", "82"}, {"2420D", "DN"}}),
                loop("2430", 0, 25, segment("SVD", 1, 1), segment("CAS", 0, 5), segment("DTP", 1, 1), segment("AMT", 0, 1)));
    }

    /** The line's provider loops (2420A..H) as one loop that any of their NM101 codes starts. */
    private static GuideLoop lineProviders(String[][] loops) {
        // One loop whose trigger takes every code: which 2420 letter it is does not change what may follow.
        Set<String> codes = new java.util.TreeSet<>();
        for (String[] each : loops) {
            codes.addAll(List.of(each).subList(1, each.length));
        }
        return loop("2420", 0, loops.length, nm1(codes.toArray(String[]::new)), segment("PRV", 0, 1), segment("N3", 0, 1),
                segment("N4", 0, 1), segment("REF", 0, 20), segment("PER", 0, 1));
    }

    private static GuideLoop nm1(String code, String name) {
        return segment("NM1", 1, Set.of(code), 1, 1, name);
    }

    private static GuideLoop nm1(String... codes) {
        return segment("NM1", 1, Set.of(codes), 1, 1, "name");
    }

    private static GuideLoop hl(String level, String name) {
        return segment("HL", 3, Set.of(level), 1, 1, name);
    }
}
