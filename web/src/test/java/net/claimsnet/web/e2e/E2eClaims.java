package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Claims for the end-to-end tests: the network benchmark's claims (which the shipped rules scrub
 * clean and approve with something to pay), each for a member of its own that no earlier run
 * enrolled or billed, so that a run on an old network sees no duplicate and starts each benefit
 * accumulator from nothing.
 */
final class E2eClaims {

    /** This run's tag: members and claim ids of one run are their own. */
    static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 46_656L * 1000
            + ThreadLocalRandom.current().nextInt(1000), 36).toUpperCase(Locale.ROOT);
    private static final NetworkClaims CLAIMS = new NetworkClaims(1, "E" + RUN, LocalDate.now());

    private E2eClaims() {
    }

    /** The provider's {@code n}-th claim of this run, for member M-E&lt;run&gt;-&lt;provider&gt;&lt;n&gt;. */
    static GeneratedClaim freshMemberClaim(NetworkClaims.Provider provider, int n) {
        GeneratedClaim template = CLAIMS.claim(provider, n);
        String member = String.format(Locale.ROOT, "%s-%s%03d", RUN, provider.name().substring(0, 1), n);
        return new GeneratedClaim(template.claimId(), provider, "M-E" + member, "S-E" + member, template.firstName(),
                template.lastName(), template.birthDate(), template.sex(), template.planId(), template.dateOfService(),
                template.variant());
    }
}
