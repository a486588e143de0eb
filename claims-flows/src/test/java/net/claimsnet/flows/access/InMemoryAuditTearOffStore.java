package net.claimsnet.flows.access;

import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The auditor's tear-offs in memory, for fast tests (the node keeps them with JpaAuditTearOffStore). */
public final class InMemoryAuditTearOffStore implements AuditTearOffStore {

    private final Map<SecureHash, AuditTearOff> tearOffs = new LinkedHashMap<>();
    private final List<KeptFigures> figures = new ArrayList<>();

    @Override
    public synchronized void keep(AuditTearOff tearOff, CordaX500Name from, Instant at) {
        if (tearOffs.putIfAbsent(tearOff.getId(), tearOff) == null) {
            for (ClaimFigures claim : tearOff.getFigures()) {
                figures.add(new KeptFigures(tearOff.getId(), from, at, claim));
            }
        }
    }

    @Override
    public synchronized Optional<AuditTearOff> find(SecureHash transactionId) {
        return Optional.ofNullable(tearOffs.get(transactionId));
    }

    @Override
    public synchronized List<KeptFigures> latestClaims(int max) {
        Map<UniqueIdentifier, KeptFigures> latest = new LinkedHashMap<>();
        for (int i = figures.size() - 1; i >= 0 && latest.size() < max; i--) {
            latest.putIfAbsent(figures.get(i).figures().getClaimId(), figures.get(i));
        }
        return new ArrayList<>(latest.values());
    }

    @Override
    public synchronized List<KeptFigures> history(UniqueIdentifier claimId) {
        List<KeptFigures> history = new ArrayList<>();
        for (KeptFigures kept : figures) {
            if (kept.figures().getClaimId().equals(claimId)) {
                history.add(kept);
            }
        }
        return history;
    }
}
