package net.claimsnet.bench.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The claims the network benchmark files: synthetic members on Acme PPO Gold ({@value #PLAN_ID} in
 * config/reference/plans.csv), each claim an office visit with a lab test, priced by the ACME-2025
 * fee schedule, which the shipped rules scrub clean and approve with something to pay (the visit
 * carries a copay but no deductible), so that every claim can settle.
 *
 * <p>The insurer's duplicate edit denies a service billed again for the same member, provider,
 * procedure and date; a provider's {@code n}-th claim therefore takes its own (member, variant, date
 * of service) slot: the member turns fastest, then one of {@link #VARIANTS} with disjoint procedure
 * codes, then the date, going back one day at a time from yesterday. There are
 * {@link #capacity()} slots per provider; the benchmark continues from the number of claims a
 * provider holds already, so a second run does not bill the first run's services again. Dates stay
 * in the current plan year (coverage and benefit accumulators are yearly) and well inside the
 * plan's 180-day filing limit.
 */
public final class NetworkClaims {

    public static final String PLAN_ID = "ACME-PPO-GOLD";
    static final String PAYER_ID = "ACME";
    /** Dates of service go back at most this many days (ACME-PPO-GOLD accepts 180; warned from 166). */
    static final int MAX_DAYS_BACK = 120;

    /** The providers, with billing NPIs that pass the check-digit test and are not on the watch list. */
    public enum Provider {
        ST_MARY("stmary", "S", "1234567893"),
        LAKESIDE("lakeside", "L", "1497758544");

        public final String nodeId;
        final String code;
        final String npi;

        Provider(String nodeId, String code, String npi) {
            this.nodeId = nodeId;
            this.code = code;
            this.npi = npi;
        }
    }

    public record Line(String procedureCode, BigDecimal charge, List<Integer> diagnosisPointers) {
    }

    /** An office visit and a lab test for the given diagnoses; no code appears in two variants. */
    public record Variant(List<String> diagnosisCodes, List<Line> lines) {
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant(List.of("E11.9", "I10"),
                    List.of(line("99213", "150.00", 1, 2), line("85025", "40.00", 1))),
            new Variant(List.of("E11.9", "E78.5"),
                    List.of(line("99214", "210.00", 1, 2), line("80053", "45.00", 1))),
            new Variant(List.of("I10", "E78.5"),
                    List.of(line("99212", "95.00", 1), line("80061", "38.00", 2))));

    private static final String[] FIRST_NAMES = {"Alex", "Robin", "Sam", "Kim", "Jordan", "Casey", "Riley", "Avery"};
    private static final String LAST_NAME = "Benchmark";
    private static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1950, 1, 1);

    /** A claim as filed: the JSON body of POST /api/claims, and its PHI-bearing parts for the tests. */
    public record GeneratedClaim(String claimId, Provider provider, String memberId, String subscriberId, String firstName,
                          String lastName, LocalDate birthDate, String sex, String planId, LocalDate dateOfService,
                          Variant variant) {

        /**
         * The body of {@code POST /api/claims}. {@code planId} is the plan on the member's card, which the
         * provider's scrub rules need; the API reads it where it takes it and ignores it otherwise.
         */
        public String json() {
            StringJoiner lines = new StringJoiner(", ", "[", "]");
            for (Line line : variant.lines()) {
                lines.add("{\"procedureCode\": " + Json.quote(line.procedureCode()) + ", \"units\": 1, \"charge\": "
                        + line.charge().toPlainString() + ", \"dateOfService\": " + Json.quote(dateOfService.toString())
                        + ", \"placeOfService\": \"11\", \"diagnosisPointers\": " + line.diagnosisPointers() + "}");
            }
            StringJoiner diagnoses = new StringJoiner(", ", "[", "]");
            variant.diagnosisCodes().forEach(code -> diagnoses.add(Json.quote(code)));
            return "{\"claimId\": " + Json.quote(claimId)
                    + ", \"type\": \"PROFESSIONAL\", \"use\": \"CLAIM\""
                    + ", \"patient\": {\"memberId\": " + Json.quote(memberId) + ", \"firstName\": " + Json.quote(firstName)
                    + ", \"lastName\": " + Json.quote(lastName) + ", \"birthDate\": " + Json.quote(birthDate.toString())
                    + ", \"sex\": " + Json.quote(sex) + "}"
                    + ", \"subscriberId\": " + Json.quote(subscriberId)
                    + ", \"planId\": " + Json.quote(planId)
                    + ", \"billingProviderNpi\": " + Json.quote(provider.npi)
                    + ", \"payerId\": " + Json.quote(PAYER_ID)
                    + ", \"diagnosisCodes\": " + diagnoses
                    + ", \"serviceLines\": " + lines + "}";
        }
    }

    private final int members;
    private final String runTag;
    private final LocalDate today;
    private final int daysBack;

    /**
     * @param members how many members (M-B0001, M-B0002, ...) the claims spread over
     * @param runTag  makes this run's claim ids its own (a few letters or digits)
     * @param today   the date the claims are filed on
     */
    public NetworkClaims(int members, String runTag, LocalDate today) {
        if (members < 1 || members > 9999) {
            throw new IllegalArgumentException("members must be 1 to 9999; was " + members);
        }
        this.members = members;
        this.runTag = runTag;
        this.today = today;
        // In the plan year of today; on the 1st of January there is no earlier day in it, so yesterday it is.
        this.daysBack = Math.max(1, Math.min(MAX_DAYS_BACK, today.getDayOfYear() - 1));
    }

    /** The member ids the claims use: the insurer must cover each of them on {@value #PLAN_ID}. */
    static String memberId(int index) {
        return String.format(Locale.ROOT, "M-B%04d", index + 1);
    }

    /** The subscriber on the member's card: the member holds the policy. */
    static String subscriberId(int index) {
        return String.format(Locale.ROOT, "S-B%04d", index + 1);
    }

    /** The member ids the claims use, in order. */
    public List<String> memberIds() {
        List<String> ids = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
            ids.add(memberId(i));
        }
        return ids;
    }

    /** How many members the claims spread over. */
    int members() {
        return members;
    }

    /** The plan year every claim's date of service falls in: the year of yesterday (see the class comment). */
    int planYear() {
        return today.minusDays(1).getYear();
    }

    String firstMemberId() {
        return memberId(0);
    }

    String lastMemberId() {
        return memberId(members - 1);
    }

    /** Claims a provider can file before a slot repeats (and the insurer denies it as a duplicate). */
    long capacity() {
        return (long) members * VARIANTS.size() * daysBack;
    }

    /** The provider's {@code sequence}-th claim (from 0). */
    public GeneratedClaim claim(Provider provider, long sequence) {
        int member = (int) (sequence % members);
        long slot = sequence / members;
        Variant variant = VARIANTS.get((int) (slot % VARIANTS.size()));
        int dayBack = 1 + (int) ((slot / VARIANTS.size()) % daysBack);
        return new GeneratedClaim(
                String.format(Locale.ROOT, "NB-%s-%s%06d", runTag, provider.code, sequence),
                provider,
                memberId(member),
                subscriberId(member),
                FIRST_NAMES[member % FIRST_NAMES.length],
                LAST_NAME,
                OLDEST_BIRTH_DATE.plusDays((member * 397L) % 18_000),
                member % 2 == 0 ? "F" : "M",
                PLAN_ID,
                today.minusDays(dayBack),
                variant);
    }

    private static final Pattern PHI = Pattern.compile(
            "\\b[MS]-B\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(" + String.join("|", FIRST_NAMES) + "|" + LAST_NAME + ")\\b");

    /**
     * The text with what could identify a patient taken out: member and subscriber ids, names and
     * dates (birth and service). For the benchmark's reports of failed requests.
     */
    public static String redact(String text) {
        return text == null ? null : PHI.matcher(text).replaceAll("<phi>");
    }

    private static Line line(String code, String charge, Integer... pointers) {
        return new Line(code, new BigDecimal(charge), List.of(pointers));
    }
}
