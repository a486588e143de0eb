package net.claimsnet.node.desk;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Who calls the desk: the authenticated user name (for the audit trail) and the roles granted. */
public record DeskUser(String name, Set<DeskRole> roles) {

    public DeskUser {
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static DeskUser of(String name, DeskRole... roles) {
        return new DeskUser(name, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean has(DeskRole role) {
        return roles.contains(role);
    }
}
