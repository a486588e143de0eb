package net.claimsnet.web.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUsersTest {

    @Test
    void eachNodeGetsTheDeskUserOfItsRoleAndAnAdministrator() {
        assertThat(DemoUsers.forNode("stmary", "provider")).extracting(DemoUsers.DemoUser::username)
                .containsExactly("billing@stmary", "admin@stmary");
        assertThat(DemoUsers.forNode("acme", "insurer")).extracting(u -> u.username() + " " + u.roles())
                .containsExactly("adjuster@acme [ADJUSTER]", "admin@acme [NODE_ADMIN]");
        assertThat(DemoUsers.forNode("regulator", "auditor")).extracting(DemoUsers.DemoUser::username)
                .containsExactly("auditor@regulator", "admin@regulator");
        assertThat(DemoUsers.forNode("notary", "notary")).extracting(DemoUsers.DemoUser::username)
                .containsExactly("admin@notary");
    }

    @Test
    void aFirstStartAddsThemHashedAndALaterStartAddsNothing() {
        InMemoryUserAccounts users = new InMemoryUserAccounts();
        Pbkdf2Passwords passwords = new Pbkdf2Passwords(2_000);

        assertThat(DemoUserSeeder.seed(users, passwords, "acme", "insurer", Optional.empty())).containsExactly("adjuster@acme", "admin@acme");
        UserAccount adjuster = users.find("adjuster@acme").orElseThrow();
        assertThat(adjuster.passwordHash()).doesNotContain("adjuster-demo");
        assertThat(passwords.verify("adjuster-demo".toCharArray(), adjuster.passwordHash())).isTrue();
        assertThat(adjuster.roles()).isEqualTo(Set.of("ADJUSTER"));

        assertThat(DemoUserSeeder.seed(users, passwords, "acme", "insurer", Optional.empty())).isEmpty();
        assertThat(users.users).hasSize(2);
    }

    @Test
    void passwordsGeneratedBySetupReplaceThePublicOnesAndAUserTheyDoNotNameIsLeftOut() {
        InMemoryUserAccounts users = new InMemoryUserAccounts();
        Pbkdf2Passwords passwords = new Pbkdf2Passwords(2_000);
        Properties generated = new Properties();
        generated.setProperty("admin@acme", "x7Kp2mQ9vT4wZ8rB3nH6");
        generated.setProperty("billing@stmary", "not-this-node");

        assertThat(DemoUserSeeder.seed(users, passwords, "acme", "insurer", Optional.of(generated))).containsExactly("admin@acme");

        String hash = users.find("admin@acme").orElseThrow().passwordHash();
        assertThat(passwords.verify("x7Kp2mQ9vT4wZ8rB3nH6".toCharArray(), hash)).isTrue();
        assertThat(passwords.verify("admin-demo".toCharArray(), hash)).isFalse();
        assertThat(users.find("adjuster@acme")).isEmpty();
    }
}
