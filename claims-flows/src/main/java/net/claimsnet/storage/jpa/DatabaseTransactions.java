package net.claimsnet.storage.jpa;

import jakarta.persistence.EntityManager;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Port: runs work in one database transaction. The JPA adapters know only this, so the same
 * classes run with a resource-local EntityManagerFactory (outside a server) and under JTA (Payara).
 */
public interface DatabaseTransactions {

    /**
     * Runs the work with an EntityManager inside a transaction: the caller's if one is active,
     * otherwise a new one that commits when the work returns and rolls back when it throws.
     */
    <T> T inTransaction(Function<EntityManager, T> work);

    /**
     * Runs the action once the transaction active on this thread has committed (not if it rolls
     * back); with none active, runs it now. For what must not happen before the data is visible to
     * other transactions, such as waking the thread that sends the outbox's messages.
     */
    void afterCommit(Runnable action);

    /**
     * Runs the work in one transaction (the caller's if one is active) and, if it throws, rolls that
     * transaction back and returns what it threw instead of throwing it; null when the work returned.
     * For callers that must see the work's own exception: under JTA one leaving an EJB comes back
     * wrapped. A commit that fails after the work returned still throws.
     */
    default Throwable attempt(Runnable work) {
        try {
            run(entityManager -> work.run());
            return null;
        } catch (RuntimeException | Error failed) {
            return failed;
        }
    }

    default void run(Consumer<EntityManager> work) {
        inTransaction(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }
}
