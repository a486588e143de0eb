package net.claimsnet.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A user as an administrator sees it: no password hash. */
public record UserProfile(String username, String displayName, Set<String> roles, boolean enabled, Instant createdAt)
        implements Serializable {

    public UserProfile {
        roles = Set.copyOf(roles);
    }
}
