package net.claimsnet.storage.jpa;

import net.claimsnet.node.filing.ClaimIdTakenException;
import net.claimsnet.node.filing.FilingReservation;
import net.claimsnet.storage.jpa.filing.JpaFilingReservations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code filing_reservation}: a provider's claim id is taken once, by one filing, even by filings racing
 * on several threads; taken in the caller's transaction, so it goes if that transaction rolls back.
 */
abstract class JpaFilingReservationsContract extends StorageContract {

    private static final String ST_MARY = "O=St. Mary Hospital,L=Boston,C=US";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private JpaFilingReservations reservations() {
        return new JpaFilingReservations(database.transactions(), TestColumns.LOOKUP);
    }

    private static FilingReservation reservation(String claimId, String hash, String flowId) {
        return new FilingReservation(ST_MARY, claimId, hash, flowId, NOW);
    }

    @Test
    void a_reserved_claim_id_is_found_with_its_details_hash_and_flow() {
        reservations().reserve(reservation("CLM-1", "a".repeat(64), "flow-1"));

        assertThat(reservations().find(ST_MARY, "CLM-1")).contains(reservation("CLM-1", "a".repeat(64), "flow-1"));
        assertThat(reservations().find(ST_MARY, "CLM-2")).isEmpty();
        assertThat(reservations().find("O=Lakeside Clinic,L=Chicago,C=US", "CLM-1")).isEmpty();
    }

    @Test
    void the_claim_id_is_kept_as_its_keyed_hash() {
        reservations().reserve(reservation("CLM-CANARY-1", "a".repeat(64), "flow-1"));

        String stored = database.transactions().inTransaction(em -> (String) em.createNativeQuery(
                "select provider_claim_id from filing_reservation").getSingleResult());

        assertThat(stored).isEqualTo(TestColumns.LOOKUP.hash("CLM-CANARY-1")).doesNotContain("CANARY");
    }

    @Test
    void a_claim_id_taken_already_cannot_be_reserved_again() {
        reservations().reserve(reservation("CLM-1", "a".repeat(64), "flow-1"));

        assertThatThrownBy(() -> reservations().reserve(reservation("CLM-1", "b".repeat(64), "flow-2")))
                .isInstanceOf(ClaimIdTakenException.class).hasMessageContaining("CLM-1");
        assertThat(reservations().find(ST_MARY, "CLM-1")).get().extracting(FilingReservation::flowId).isEqualTo("flow-1");
    }

    @Test
    void a_reservation_goes_with_the_transaction_that_rolls_back() {
        Throwable failed = database.transactions().attempt(() -> {
            reservations().reserve(reservation("CLM-1", "a".repeat(64), "flow-1"));
            throw new IllegalStateException("the flow's first checkpoint could not be written");
        });

        assertThat(failed).isInstanceOf(IllegalStateException.class);
        assertThat(reservations().find(ST_MARY, "CLM-1")).isEmpty();
    }

    @Test
    void of_filings_racing_for_one_claim_id_exactly_one_reserves_it() throws Exception {
        int racers = 4;
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String flowId = "flow-" + i;
                Callable<Boolean> filing = () -> {
                    start.await();
                    try {
                        reservations().reserve(reservation("CLM-RACE", "a".repeat(64), flowId));
                        return true;
                    } catch (ClaimIdTakenException taken) {
                        return false;
                    }
                };
                outcomes.add(threads.submit(filing));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> outcome : outcomes) {
                if (outcome.get(60, TimeUnit.SECONDS)) {
                    won++;
                }
            }
            assertThat(won).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(reservations().find(ST_MARY, "CLM-RACE")).isPresent();
    }

    @Test
    void only_the_flow_holding_a_claim_id_releases_it() {
        reservations().reserve(reservation("CLM-1", "a".repeat(64), "flow-1"));

        assertThat(reservations().release(ST_MARY, "CLM-1", "flow-2")).isFalse();
        assertThat(reservations().find(ST_MARY, "CLM-1")).isPresent();
        assertThat(reservations().release(ST_MARY, "CLM-1", "flow-1")).isTrue();
        assertThat(reservations().find(ST_MARY, "CLM-1")).isEmpty();
    }
}
