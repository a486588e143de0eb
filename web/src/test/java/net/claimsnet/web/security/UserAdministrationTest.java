package net.claimsnet.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.DeskRole;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAdministrationTest {

    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords(2_000);
    private final InMemoryUserAccounts users = new InMemoryUserAccounts();
    private final LoginLockout lockout = new LoginLockout();
    /** What was recorded, as "administrator action user outcome". */
    private final List<String> recorded = new ArrayList<>();
    private final UserAdministration admin = new UserAdministration(users, passwords, lockout,
            (administrator, action, username, outcome, detail) -> recorded.add(administrator + " " + action + " " + username + " " + outcome),
            NodeRole.PROVIDER);
    private final UserTableIdentityStore logins = new UserTableIdentityStore(users, passwords, new NoLoginAudit(), lockout);

    UserAdministrationTest() {
        users.add("admin@stmary", "Admin", passwords.hash("admin-demo".toCharArray()), Set.of("NODE_ADMIN"));
    }

    private boolean logsIn(String user, String password) {
        return logins.validate(new UsernamePasswordCredential(user, password)).getStatus() == VALID;
    }

    @Test
    void an_added_user_logs_in_with_the_password_made_for_it_which_is_stored_only_hashed() {
        UserAdministration.IssuedPassword issued = admin.add("admin@stmary", "billing2@stmary", "Dana Clerk", Set.of("BILLING"));

        assertThat(issued.password()).hasSize(20).matches("[A-Za-z2-9]+");
        assertThat(logsIn("billing2@stmary", issued.password())).isTrue();
        assertThat(users.find("billing2@stmary").orElseThrow().passwordHash()).doesNotContain(issued.password());
        assertThat(admin.users()).extracting(row -> row.profile().username()).containsExactly("admin@stmary", "billing2@stmary");
        assertThat(recorded).containsExactly("admin@stmary ADD_USER billing2@stmary ALLOWED");
    }

    @Test
    void a_malformed_or_taken_name_a_missing_person_and_a_role_of_another_node_kind_are_refused_and_recorded() {
        assertThatThrownBy(() -> admin.add("admin@stmary", "Bob Smith", "Bob", Set.of("BILLING")))
                .isInstanceOfSatisfying(UserAdministration.Refused.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> admin.add("admin@stmary", "admin@stmary", "Again", Set.of("NODE_ADMIN")))
                .isInstanceOfSatisfying(UserAdministration.Refused.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> admin.add("admin@stmary", "bob@stmary", " ", Set.of("BILLING")))
                .isInstanceOfSatisfying(UserAdministration.Refused.class, e -> assertThat(e.field()).isEqualTo("displayName"));
        assertThatThrownBy(() -> admin.add("admin@stmary", "bob@stmary", "Bob", Set.of("ADJUSTER")))
                .isInstanceOfSatisfying(UserAdministration.Refused.class, e -> assertThat(e.getMessage())
                        .contains("provider node's users have the roles"));

        assertThat(users.find("bob@stmary")).isEmpty();
        assertThat(recorded).hasSize(4).allMatch(line -> line.endsWith("REFUSED"));
    }

    @Test
    void each_node_kind_grants_its_own_desk_role_and_administrators() {
        assertThat(admin.rolesOfThisNode()).containsExactlyInAnyOrder(DeskRole.BILLING, DeskRole.NODE_ADMIN);
        UserAdministration notary = new UserAdministration(users, passwords, lockout, (a, b, c, d, e) -> { }, NodeRole.NOTARY);
        assertThat(notary.rolesOfThisNode()).containsExactly(DeskRole.NODE_ADMIN);
    }

    @Test
    void a_disabled_user_cannot_log_in_until_enabled_and_no_administrator_disables_themselves() {
        String password = admin.add("admin@stmary", "billing2@stmary", "Dana Clerk", Set.of("BILLING")).password();

        admin.disable("admin@stmary", "billing2@stmary");
        assertThat(logsIn("billing2@stmary", password)).isFalse();
        admin.enable("admin@stmary", "billing2@stmary");
        assertThat(logsIn("billing2@stmary", password)).isTrue();

        assertThatThrownBy(() -> admin.disable("admin@stmary", "admin@stmary"))
                .isInstanceOfSatisfying(UserAdministration.Refused.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(users.find("admin@stmary").orElseThrow().enabled()).isTrue();
    }

    @Test
    void a_reset_replaces_the_password_and_lifts_a_lock_out() {
        String old = admin.add("admin@stmary", "billing2@stmary", "Dana Clerk", Set.of("BILLING")).password();
        for (int i = 0; i < LoginLockout.DEFAULT_FAILURES; i++) {
            logsIn("billing2@stmary", "guess-" + i);
        }
        assertThat(admin.users()).filteredOn(row -> row.profile().username().equals("billing2@stmary"))
                .singleElement().matches(UserAdministration.UserRow::locked);

        String fresh = admin.resetPassword("admin@stmary", "billing2@stmary").password();

        assertThat(fresh).isNotEqualTo(old);
        assertThat(logsIn("billing2@stmary", old)).isFalse();
        assertThat(logsIn("billing2@stmary", fresh)).isTrue();
    }

    @Test
    void an_unlock_lets_the_right_password_in_at_once() {
        for (int i = 0; i < LoginLockout.DEFAULT_FAILURES; i++) {
            logsIn("admin@stmary", "guess-" + i);
        }
        assertThat(logins.validate(new UsernamePasswordCredential("admin@stmary", "admin-demo")).getStatus()).isEqualTo(INVALID);

        admin.unlock("admin@stmary", "admin@stmary");

        assertThat(logsIn("admin@stmary", "admin-demo")).isTrue();
    }

    @Test
    void actions_on_a_user_the_node_does_not_have_are_not_found() {
        assertThatThrownBy(() -> admin.resetPassword("admin@stmary", "ghost@stmary"))
                .isInstanceOfSatisfying(UserAdministration.Refused.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> admin.enable("admin@stmary", "ghost@stmary")).isInstanceOf(UserAdministration.Refused.class);
        assertThatThrownBy(() -> admin.unlock("admin@stmary", "ghost@stmary")).isInstanceOf(UserAdministration.Refused.class);
    }
}
