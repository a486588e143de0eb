package net.claimsnet.web.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: the node's users (the app_user table on a server). */
public interface UserAccounts {

    Optional<UserAccount> find(String username);

    /** Whether the node has no user yet (a first start). */
    boolean isEmpty();

    /** Adds a user whose password is already hashed. */
    void add(String username, String displayName, String passwordHash, Set<String> roles);

    /** Every user, by name, without password hashes. */
    List<UserProfile> all();

    /** Stores a new password hash; false when there is no such user. */
    boolean changePassword(String username, String passwordHash);

    /** Lets the user log in again, or no longer; false when there is no such user. */
    boolean setEnabled(String username, boolean enabled);
}
