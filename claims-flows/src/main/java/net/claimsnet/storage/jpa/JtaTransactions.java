package net.claimsnet.storage.jpa;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Function;

/**
 * Transactions in the server: the container's transaction-scoped EntityManager of the node's
 * persistence unit under JTA. {@code REQUIRED} joins a caller's transaction (an EJB, a
 * {@code @Transactional} bean) or starts one that commits when the work returns.
 *
 * <p>An EJB rather than a CDI bean: the persistence unit belongs to this EJB module, and only a
 * component of this module resolves it by name; other modules inject this bean (as the port,
 * {@code @EJB DatabaseTransactions}) instead.
 */
@Stateless
@LocalBean
@Local(DatabaseTransactions.class)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class JtaTransactions implements DatabaseTransactions {

    @PersistenceContext(unitName = NodePersistenceUnit.NAME)
    private EntityManager entityManager;

    @Resource
    private TransactionSynchronizationRegistry synchronizations;

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return work.apply(entityManager);
    }

    /** Marks the transaction (its own or the caller's) for rollback rather than letting the container wrap what the work threw. */
    @Override
    public Throwable attempt(Runnable work) {
        try {
            work.run();
            return null;
        } catch (RuntimeException | Error failed) {
            synchronizations.setRollbackOnly();
            return failed;
        }
    }

    /** Inside this method a transaction is always active: the caller's, or one of its own that commits at once. */
    @Override
    public void afterCommit(Runnable action) {
        synchronizations.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
