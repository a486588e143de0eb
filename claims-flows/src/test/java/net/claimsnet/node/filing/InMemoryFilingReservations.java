package net.claimsnet.node.filing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The reservations of a node without a database (tests, in-JVM networks): a map whose putIfAbsent is the key. */
public final class InMemoryFilingReservations implements FilingReservations {

    private final Map<List<String>, FilingReservation> byClaimId = new ConcurrentHashMap<>();

    @Override
    public void reserve(FilingReservation reservation) {
        FilingReservation holder = byClaimId.putIfAbsent(key(reservation.provider(), reservation.providerClaimId()), reservation);
        if (holder != null) {
            throw new ClaimIdTakenException(reservation.providerClaimId(), null);
        }
    }

    @Override
    public Optional<FilingReservation> find(String provider, String providerClaimId) {
        return Optional.ofNullable(byClaimId.get(key(provider, providerClaimId)));
    }

    @Override
    public boolean release(String provider, String providerClaimId, String flowId) {
        List<String> key = key(provider, providerClaimId);
        FilingReservation holder = byClaimId.get(key);
        return holder != null && holder.flowId().equals(flowId) && byClaimId.remove(key, holder);
    }

    private static List<String> key(String provider, String providerClaimId) {
        return List.of(provider, providerClaimId);
    }
}
