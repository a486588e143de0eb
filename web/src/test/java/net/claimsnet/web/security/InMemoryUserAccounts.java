package net.claimsnet.web.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Users in a map, for tests of what reads the users table. */
final class InMemoryUserAccounts implements UserAccounts {

    final Map<String, UserAccount> users = new LinkedHashMap<>();
    private final Map<String, String> displayNames = new HashMap<>();

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public boolean isEmpty() {
        return users.isEmpty();
    }

    @Override
    public void add(String username, String displayName, String passwordHash, Set<String> roles) {
        users.put(username, new UserAccount(username, passwordHash, true, roles));
        displayNames.put(username, displayName);
    }

    @Override
    public List<UserProfile> all() {
        return users.values().stream().sorted((a, b) -> a.username().compareTo(b.username()))
                .map(u -> new UserProfile(u.username(), displayNames.get(u.username()), u.roles(), u.enabled(), Instant.EPOCH))
                .toList();
    }

    @Override
    public boolean changePassword(String username, String passwordHash) {
        UserAccount user = users.get(username);
        if (user != null) {
            users.put(username, new UserAccount(username, passwordHash, user.enabled(), user.roles()));
        }
        return user != null;
    }

    @Override
    public boolean setEnabled(String username, boolean enabled) {
        UserAccount user = users.get(username);
        if (user != null) {
            users.put(username, new UserAccount(username, user.passwordHash(), enabled, user.roles()));
        }
        return user != null;
    }
}
