package net.claimsnet.web.desk.admin;

import net.claimsnet.web.security.UserAdministration.UserRow;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TreeSet;

/** One user as the Users page shows it (bean getters for the page's expressions; records have none in EL 5). */
public final class UserLine implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm", Locale.US)
            .withZone(ZoneId.systemDefault());

    private final String username;
    private final String displayName;
    private final String roles;
    private final boolean enabled;
    private final String lockedUntil;

    UserLine(UserRow row) {
        this.username = row.profile().username();
        this.displayName = row.profile().displayName();
        this.roles = String.join(", ", new TreeSet<>(row.profile().roles()));
        this.enabled = row.profile().enabled();
        this.lockedUntil = row.lockedUntil() == null ? null : UNTIL.format(row.lockedUntil());
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoles() {
        return roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isLocked() {
        return lockedUntil != null;
    }

    /** "Disabled", "Locked out until 12/05/2026 19:30" or "Active". */
    public String getState() {
        return !enabled ? "Disabled" : lockedUntil != null ? "Locked out until " + lockedUntil : "Active";
    }
}
