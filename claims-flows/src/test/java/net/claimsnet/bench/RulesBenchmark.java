package net.claimsnet.bench;

import net.claimsnet.rules.InMemoryClaimHistory;
import net.claimsnet.rules.RulesSettings;
import net.claimsnet.rules.ServiceKey;
import net.claimsnet.rules.drools.DroolsRules;
import net.claimsnet.rules.drools.RuleSetKind;
import net.claimsnet.rules.drools.RuleSetRegistry;
import net.claimsnet.rules.fixtures.SampleClaims;
import net.claimsnet.rules.model.AdjudicationRequest;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.ScrubRequest;
import net.claimsnet.rules.model.ServiceLineInput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ./bench rules}: one thread, the full rule sets from config/ (or -Dclaimsnet.config.dir),
 * claims of 1 to 10 lines. Prints, each on its own line:
 * {@code adjudicated-claims/s: <median>}, {@code scrubbed-claims/s: <median>}, {@code rulebase-build-ms: <n>}
 * (the first, cold build of the adjudication rule base in this JVM: reading and hashing the files, parsing
 * the reference data, compiling the DRL). Lines starting with '#' are context.
 */
public final class RulesBenchmark {

    private static final int CLAIMS = 20_000;
    private static final int WARMUP_ROUNDS = 4;
    private static final int MEASURED_ROUNDS = 7;

    private RulesBenchmark() {
    }

    public static void main(String[] args) {
        RulesSettings settings = RulesSettings.load();
        InMemoryClaimHistory history = new InMemoryClaimHistory();
        try (DroolsRules rules = DroolsRules.start(settings, history)) {
            long adjudicationBuildMs = rules.adjudicationRules().current().buildMillis();
            long scrubBuildMs = rules.scrubRules().current().buildMillis();

            SampleClaims samples = new SampleClaims(rules.adjudicationRules().current().referenceData(), 20_250_101L);
            List<AdjudicationRequest> claims = samples.adjudicationRequests(CLAIMS);
            List<ScrubRequest> scrubClaims = samples.scrubRequests(CLAIMS);
            seedHistory(history, claims);

            long[] sink = new long[1];
            double adjudicated = measure(claims, request -> {
                AdjudicationResult result = rules.adjudicator().adjudicate(request);
                sink[0] += result.lines().size();
            });
            double scrubbed = measure(scrubClaims, request ->
                    sink[0] += rules.scrubber().scrub(request).findings().size());

            long warmRebuildMs;
            try (RuleSetRegistry again = RuleSetRegistry.open(settings, RuleSetKind.ADJUDICATE)) {
                warmRebuildMs = again.current().buildMillis();
            }

            System.out.println("# " + CLAIMS + " claims of 1-10 lines, " + MEASURED_ROUNDS + " measured rounds after "
                    + WARMUP_ROUNDS + " warm-up rounds, one thread; checksum " + sink[0]);
            System.out.println("# rule bases built from " + settings.configRoot().toAbsolutePath().normalize()
                    + ": adjudication first (cold JVM), then scrub " + scrubBuildMs + " ms; adjudication rebuilt warm"
                    + " (as on a hot reload) " + warmRebuildMs + " ms");
            System.out.println("adjudicated-claims/s: " + Math.round(adjudicated));
            System.out.println("scrubbed-claims/s: " + Math.round(scrubbed));
            System.out.println("rulebase-build-ms: " + adjudicationBuildMs);
        }
    }

    /** Makes a few percent of the claims duplicates of earlier ones, as in real traffic. */
    private static void seedHistory(InMemoryClaimHistory history, List<AdjudicationRequest> claims) {
        for (int i = 0; i < claims.size(); i += 25) {
            AdjudicationRequest request = claims.get(i);
            ServiceLineInput line = request.claim().serviceLines().get(0);
            history.record("EARLIER-" + i, new ServiceKey(request.claim().memberId(),
                    request.claim().billingProviderNpi(), line.procedureCode(), line.dateOfService()));
        }
    }

    /** Claims per second: warm-up rounds, then the median of the measured rounds. */
    private static <T> double measure(List<T> claims, Consumer<T> work) {
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            claims.forEach(work);
        }
        List<Double> rates = new ArrayList<>(MEASURED_ROUNDS);
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long start = System.nanoTime();
            claims.forEach(work);
            rates.add(claims.size() / ((System.nanoTime() - start) / 1e9));
        }
        Collections.sort(rates);
        return rates.get(rates.size() / 2);
    }
}
