package net.claimsnet.storage.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.util.Objects;
import java.util.function.Function;

/**
 * Transactions of a resource-local EntityManagerFactory: one EntityManager and one transaction per
 * call. A call made from inside another call's work joins that outer transaction (same thread), so
 * adapters can be composed as under JTA.
 */
public final class ResourceLocalTransactions implements DatabaseTransactions {

    private final EntityManagerFactory entityManagerFactory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public ResourceLocalTransactions(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager outer = current.get();
        if (outer != null) {
            return work.apply(outer);
        }
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        current.set(entityManager);
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            current.remove();
            entityManager.close();
        }
    }
}
