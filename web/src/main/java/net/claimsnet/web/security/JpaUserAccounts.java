package net.claimsnet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.security.UserAccountEntity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The users in the node's app_user table (entity {@link UserAccountEntity}). */
@ApplicationScoped
public class JpaUserAccounts implements UserAccounts {

    @EJB
    private DatabaseTransactions transactions;

    @Override
    public Optional<UserAccount> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return transactions.inTransaction(em -> Optional.ofNullable(em.find(UserAccountEntity.class, username))
                .map(u -> new UserAccount(u.username(), u.passwordHash(), u.enabled(), u.roles())));
    }

    @Override
    public boolean isEmpty() {
        return transactions.inTransaction(em -> em.createQuery("select count(u) from UserAccountEntity u", Long.class)
                .getSingleResult() == 0L);
    }

    @Override
    public void add(String username, String displayName, String passwordHash, Set<String> roles) {
        transactions.run(em -> em.persist(new UserAccountEntity(username, displayName, passwordHash, roles, Instant.now())));
    }

    @Override
    public List<UserProfile> all() {
        return transactions.inTransaction(em -> em.createQuery("select u from UserAccountEntity u order by u.username",
                        UserAccountEntity.class).getResultList().stream()
                .map(u -> new UserProfile(u.username(), u.displayName(), u.roles(), u.enabled(), u.createdAt()))
                .toList());
    }

    @Override
    public boolean changePassword(String username, String passwordHash) {
        return transactions.inTransaction(em -> {
            UserAccountEntity user = em.find(UserAccountEntity.class, username);
            if (user != null) {
                user.changePasswordHash(passwordHash);
            }
            return user != null;
        });
    }

    @Override
    public boolean setEnabled(String username, boolean enabled) {
        return transactions.inTransaction(em -> {
            UserAccountEntity user = em.find(UserAccountEntity.class, username);
            if (user != null && enabled) {
                user.enable();
            } else if (user != null) {
                user.disable();
            }
            return user != null;
        });
    }
}
