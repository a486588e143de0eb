package net.claimsnet.bench.formats;

import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.web.fhir.ClaimSubmission;
import net.claimsnet.web.fhir.FhirParsing;
import net.claimsnet.web.fhir.FhirTestFiles;
import net.claimsnet.web.fhir.mapping.MappedFhirClaim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * FHIR claims per second on one core: each a claim Bundle (Claim, Patient, Coverage, Organization) as
 * bytes, parsed (with the parser's checks of elements, types and values), checked for R4's required
 * Claim elements and against the reference data's code lists, and mapped to the ledger's claim: what
 * Claim/$submit does before the desk's scrub and flow. The claims differ (claim id, member, charge), so
 * nothing is cached between them. Prints the median of several rounds as {@code fhir-claims/s: N}; then,
 * for comparison, the rate with HAPI's full R4 instance validation ($validate's) added, as
 * {@code fhir-claims-profile-validated/s: N} (on fewer claims: it is much slower).
 *
 * <p>Run: {@code mvn -o -q -pl web -am verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}
 * then {@code java -cp web/target/test-classes:web/target/classes:<web's test class path> net.claimsnet.bench.formats.FhirFormatsBenchmark}
 * (docs/fhir.md); {@code -Dbench.claims=2000 -Dbench.rounds=5}.
 */
public final class FhirFormatsBenchmark {

    private FhirFormatsBenchmark() {
    }

    public static void main(String[] args) {
        int claims = Integer.getInteger("bench.claims", 2000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        ReferenceData reference = FhirTestFiles.referenceData();
        List<byte[]> bodies = bodies(claims);
        // Warm-up: the validator loads R4's definitions on first use (seconds), then the JIT settles.
        run(bodies.subList(0, Math.min(500, bodies.size())), reference);
        double[] perSecond = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            int mapped = run(bodies, reference);
            double seconds = (System.nanoTime() - started) / 1e9;
            perSecond[round] = mapped / seconds;
            System.out.printf(Locale.ROOT, "round %d: %d claims in %.2f s (%.0f/s)%n", round + 1, mapped, seconds, perSecond[round]);
        }
        Arrays.sort(perSecond);
        System.out.println("fhir-claims/s: " + Math.round(perSecond[rounds / 2]));
        List<byte[]> fewer = bodies.subList(0, Math.min(Integer.getInteger("bench.validated.claims", 200), bodies.size()));
        // The full validator loads R4's definitions and value sets on first use: not part of the rate.
        net.claimsnet.web.fhir.FhirValidation.structural(FhirParsing.parse(fewer.get(0), false));
        long started = System.nanoTime();
        for (byte[] body : fewer) {
            org.hl7.fhir.r4.model.Resource resource = FhirParsing.parse(body, false);
            if (net.claimsnet.web.fhir.FhirValidation.structural(resource).stream().anyMatch(net.claimsnet.web.fhir.FhirIssue::isError)) {
                throw new IllegalStateException("The benchmark's claim fails R4 validation");
            }
            ClaimSubmission.prepare(resource, reference);
        }
        System.out.println("fhir-claims-profile-validated/s: " + Math.round(fewer.size() / ((System.nanoTime() - started) / 1e9)));
    }

    private static int run(List<byte[]> bodies, ReferenceData reference) {
        int mapped = 0;
        for (byte[] body : bodies) {
            MappedFhirClaim claim = ClaimSubmission.prepare(FhirParsing.parse(body, false), reference);
            if (claim.details().getServiceLines().isEmpty()) {
                throw new IllegalStateException("A claim without its lines: " + claim.details().getClaimId());
            }
            mapped++;
        }
        return mapped;
    }

    static List<byte[]> bodies(int count) {
        String template = FhirTestFiles.resource("claim-bundle.json");
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String body = template.replace("FHIR-TEST-0001", String.format(Locale.ROOT, "FHIR-BENCH-%06d", i))
                    .replace("M-FHIR-0001", String.format(Locale.ROOT, "M-FHIR-%06d", i % 997))
                    .replace("\"value\": 150.00", "\"value\": " + (100 + i % 400) + ".00");
            bodies.add(body.getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }
}
