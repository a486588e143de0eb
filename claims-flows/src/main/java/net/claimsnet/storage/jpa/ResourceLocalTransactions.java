package net.claimsnet.storage.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.util.ArrayList;
import java.util.List;
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
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

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
        List<Runnable> committed = new ArrayList<>();
        current.set(entityManager);
        afterCommit.set(committed);
        T result;
        try {
            transaction.begin();
            result = work.apply(entityManager);
            if (transaction.getRollbackOnly()) {
                // Hibernate would roll back quietly on commit: the caller must not believe its work kept.
                throw new jakarta.persistence.RollbackException(
                        "Rolled back: work inside this transaction failed (DatabaseTransactions.attempt)");
            }
            transaction.commit();
        } catch (RuntimeException | Error e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            current.remove();
            afterCommit.remove();
            entityManager.close();
        }
        committed.forEach(Runnable::run);
        return result;
    }

    @Override
    public Throwable attempt(Runnable work) {
        EntityManager outer = current.get();
        if (outer == null) {
            return DatabaseTransactions.super.attempt(work);
        }
        try {
            work.run();
            return null;
        } catch (RuntimeException | Error failed) {
            // The caller's transaction holds part of the work: it must not commit.
            outer.getTransaction().setRollbackOnly();
            return failed;
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> pending = afterCommit.get();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
        }
    }
}
