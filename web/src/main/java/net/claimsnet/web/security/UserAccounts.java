package net.claimsnet.web.security;

import java.util.Optional;

/** Port: the node's users (the app_user table on a server). */
public interface UserAccounts {

    Optional<UserAccount> find(String username);

    /** Whether the node has no user yet (a first start). */
    boolean isEmpty();

    /** Adds a user whose password is already hashed. */
    void add(String username, String displayName, String passwordHash, java.util.Set<String> roles);
}
