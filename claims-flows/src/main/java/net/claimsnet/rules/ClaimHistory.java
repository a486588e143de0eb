package net.claimsnet.rules;

import java.util.Optional;
import java.util.Set;

/**
 * The insurer's record of claims already adjudicated, asked by adjudication to find duplicates.
 * The node implements it over its vault; tests and benchmarks use an in-memory one (InMemoryClaimHistory, in src/test).
 */
public interface ClaimHistory {

    /**
     * @param service          the service billed
     * @param excludedClaimIds claims not to count: the claim itself and, for a replacement, the claim it replaces
     * @return the id of an earlier claim that billed the same service, if any
     */
    Optional<String> findClaimWithService(ServiceKey service, Set<String> excludedClaimIds);
}
