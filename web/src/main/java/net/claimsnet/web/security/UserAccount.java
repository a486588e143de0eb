package net.claimsnet.web.security;

import java.util.Set;

/** A user as the identity store needs it: name, stored password hash, whether enabled, roles. */
public record UserAccount(String username, String passwordHash, boolean enabled, Set<String> roles) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** Leaves the hash out. */
    @Override
    public String toString() {
        return "UserAccount(" + username + ", enabled=" + enabled + ", roles=" + roles + ")";
    }
}
