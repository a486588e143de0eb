package net.claimsnet.storage.jpa.filing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import net.claimsnet.node.filing.ClaimIdTakenException;
import net.claimsnet.node.filing.FilingReservation;
import net.claimsnet.node.filing.FilingReservations;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.LookupKeyHash;

import java.util.Objects;
import java.util.Optional;

/**
 * Filing reservations in {@code filing_reservation}. {@link #reserve} joins the caller's transaction
 * (the one that writes the filing flow's first checkpoint) and flushes at once, so that a claim id
 * already taken fails there, as {@link ClaimIdTakenException}, and the flow does not start. Of two
 * filings inserting the same key at once, the database lets one commit; the other waits for it and
 * then fails on the key. The provider's claim id is kept as its keyed hash ({@link LookupKeyHash}), as the
 * vault keeps its look-up keys: a claim id is an identifier of a patient's account, and equality is all
 * a reservation needs of it. After a rotation of the column keys a reservation hashed with an older
 * lookup key is still found (each held key's hash is tried), so a claim id taken before the rotation
 * stays taken; its hash cannot be made again with the new key, since the table keeps no claim id.
 */
public final class JpaFilingReservations implements FilingReservations {

    private final DatabaseTransactions database;
    private final LookupKeyHash claimIds;

    public JpaFilingReservations(DatabaseTransactions database, LookupKeyHash claimIds) {
        this.database = Objects.requireNonNull(database, "database");
        this.claimIds = Objects.requireNonNull(claimIds, "claimIds");
    }

    @Override
    public void reserve(FilingReservation reservation) {
        database.run(em -> {
            if (held(em, reservation.provider(), reservation.providerClaimId()) != null) {
                throw new ClaimIdTakenException(reservation.providerClaimId(), null);
            }
            try {
                em.persist(new FilingReservationEntity(reservation, claimIds.hash(reservation.providerClaimId())));
                em.flush();
            } catch (PersistenceException concurrent) {
                // Another filing inserted the key since the read above (a unique-key violation).
                throw new ClaimIdTakenException(reservation.providerClaimId(), concurrent);
            }
        });
    }

    @Override
    public Optional<FilingReservation> find(String provider, String providerClaimId) {
        return database.inTransaction(em -> Optional.ofNullable(held(em, provider, providerClaimId))
                .map(row -> row.toReservation(providerClaimId)));
    }

    @Override
    public boolean release(String provider, String providerClaimId, String flowId) {
        return database.inTransaction(em -> {
            FilingReservationEntity held = held(em, provider, providerClaimId);
            if (held == null || !held.flowId().equals(flowId)) {
                return false;
            }
            em.remove(held);
            return true;
        });
    }

    /** The reservation of the claim id under the current lookup key's hash or, failing that, an older one's. */
    private FilingReservationEntity held(EntityManager em, String provider, String providerClaimId) {
        for (String hashed : claimIds.hashes(providerClaimId)) {
            FilingReservationEntity found = em.find(FilingReservationEntity.class, new FilingReservationKey(provider, hashed));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
