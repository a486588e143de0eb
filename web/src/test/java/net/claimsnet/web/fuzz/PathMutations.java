package net.claimsnet.web.fuzz;

import java.util.Random;

/**
 * Odd paths and query strings, all valid URI syntax (the JDK client sends nothing else): unknown and
 * over-long ids, encoded control characters, slashes, dots and non-ASCII, matrix parameters, many or
 * huge or repeated query parameters, numbers that are not, FHIR's _format with unknown types.
 */
final class PathMutations {

    private static final String[] PREFIXES = {"/api/claims/", "/api/coverages/", "/api/admin/flows/", "/api/admin/notary/commit-log/",
            "/fhir/Claim/", "/fhir/ClaimResponse/", "/fhir/ExplanationOfBenefit/", "/fhir/Patient/", "/x12/837/", "/x12/277ca/",
            "/x12/835/", "/x12/270/", "/api/claims/x/history/", "/desk/", "/api/p2p/messages/", "/fhir/", "/x12/", "/api/"};
    private static final String[] ODD_SEGMENTS = {"%00", "%2F", "%2e%2e", "..", ".", "%25", "%C0%AF", "%FF%FE", "%E2%80%AE",
            "%20", "%0D%0A", "~", "null", "undefined", "-1", "0", "9".repeat(40), "%24validate", "$submit", "%3Cscript%3E",
            "'%20OR%201=1--", "a;b=c", ";jsessionid=1", "%7B%7D", "x".repeat(65), "x".repeat(300)};
    private static final String[] QUERY_NAMES = {"status", "member", "limit", "offset", "page", "patient", "claim", "_format",
            "_count", "date", "from", "to", "sort", "q", "provider", "claimId", "_summary", "_elements"};
    private static final String[] QUERY_VALUES = {"", "-1", "abc", "99999999999999999999", "1e9", "%00", "%FF", "SUBMITTED",
            "application%2Ffoo", "json", "xml", "text%2Fhtml", "2025-02-30", "9999-99-99", "%27", "x".repeat(257),
            "y".repeat(5000), "true", "NaN", "M-1001", "%E2%80%AE", "1,2,3"};

    private PathMutations() {
    }

    static String pathAndQuery(Random random) {
        StringBuilder path = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
        int segments = random.nextInt(4);
        for (int i = 0; i < segments; i++) {
            path.append(i == 0 ? "" : "/").append(ODD_SEGMENTS[random.nextInt(ODD_SEGMENTS.length)]);
        }
        if (random.nextBoolean()) {
            path.append('?');
            int parameters = random.nextInt(10) == 0 ? 20 + random.nextInt(60) : 1 + random.nextInt(4);
            for (int i = 0; i < parameters; i++) {
                path.append(i == 0 ? "" : "&").append(QUERY_NAMES[random.nextInt(QUERY_NAMES.length)]);
                if (random.nextInt(8) != 0) {
                    path.append('=').append(QUERY_VALUES[random.nextInt(QUERY_VALUES.length)]);
                }
            }
        }
        return path.toString();
    }
}
