package net.claimsnet.web.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Users in a map, for tests of what reads the users table. */
final class InMemoryUserAccounts implements UserAccounts {

    final Map<String, UserAccount> users = new LinkedHashMap<>();

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
    }
}
