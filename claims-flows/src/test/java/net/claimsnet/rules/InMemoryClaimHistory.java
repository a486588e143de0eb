package net.claimsnet.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A claim history held in memory, for tests, benchmarks and a node without a vault yet. Thread-safe. */
public final class InMemoryClaimHistory implements ClaimHistory {

    private final Map<ServiceKey, List<String>> claimsByService = new ConcurrentHashMap<>();

    /** Records that a claim billed a service. */
    public void record(String claimId, ServiceKey service) {
        claimsByService.compute(service, (key, ids) -> {
            List<String> updated = ids == null ? new ArrayList<>(1) : new ArrayList<>(ids);
            updated.add(claimId);
            return List.copyOf(updated);
        });
    }

    @Override
    public Optional<String> findClaimWithService(ServiceKey service, Set<String> excludedClaimIds) {
        List<String> ids = claimsByService.get(service);
        if (ids == null) {
            return Optional.empty();
        }
        return ids.stream().filter(id -> !excludedClaimIds.contains(id)).findFirst();
    }
}
