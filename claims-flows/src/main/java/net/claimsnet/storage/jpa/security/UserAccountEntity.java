package net.claimsnet.storage.jpa.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A user of this node. Only a password hash is stored, in the format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}, so the server's database identity store can check passwords itself.
 */
@Entity
@Table(name = "app_user")
public class UserAccountEntity {

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 500, nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role_name", length = 30)
    private Set<String> roles = new LinkedHashSet<>();

    protected UserAccountEntity() {
    }

    public UserAccountEntity(String username, String displayName, String passwordHash, Set<String> roles,
                             Instant createdAt) {
        if (passwordHash == null || !passwordHash.contains(":")) {
            throw new IllegalArgumentException("A user's password must be stored as a PBKDF2 hash, never as given");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new LinkedHashSet<>(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Replaces the stored hash (a reset, or the same password hashed with more work). */
    public void changePasswordHash(String newHash) {
        if (newHash == null || !newHash.contains(":")) {
            throw new IllegalArgumentException("A user's password must be stored as a PBKDF2 hash, never as given");
        }
        this.passwordHash = newHash;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }
}
