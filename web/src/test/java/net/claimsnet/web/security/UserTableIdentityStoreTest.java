package net.claimsnet.web.security;

import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.NOT_VALIDATED;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.assertj.core.api.Assertions.assertThat;

class UserTableIdentityStoreTest {

    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords(2_000);
    private final InMemoryUserAccounts users = new InMemoryUserAccounts();
    /** What the store recorded, as "user outcome why". */
    private final java.util.List<String> recorded = new java.util.ArrayList<>();
    private final LoginAudit logins = new LoginAudit() {
        @Override
        public void succeeded(String user) {
            recorded.add(user + " ALLOWED");
        }

        @Override
        public void failed(String user, String why) {
            recorded.add(user + " DENIED " + why);
        }
    };
    private final UserTableIdentityStore store = new UserTableIdentityStore(users, passwords, logins);

    UserTableIdentityStoreTest() {
        users.add("billing@stmary", "Billing", passwords.hash("billing-demo".toCharArray()), Set.of("BILLING"));
        users.users.put("gone@stmary", new UserAccount("gone@stmary", passwords.hash("pw".toCharArray()), false, Set.of("BILLING")));
    }

    @Test
    void theRightPasswordLogsInWithTheUsersRolesAsGroups() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo"));

        assertThat(result.getStatus()).isEqualTo(VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("billing@stmary");
        assertThat(result.getCallerGroups()).containsExactly("BILLING");
    }

    @Test
    void aWrongPasswordAnUnknownUserAndADisabledOneAreRejected() {
        assertThat(store.validate(new UsernamePasswordCredential("billing@stmary", "adjuster-demo")).getStatus()).isEqualTo(INVALID);
        assertThat(store.validate(new UsernamePasswordCredential("nobody@stmary", "billing-demo")).getStatus()).isEqualTo(INVALID);
        assertThat(store.validate(new UsernamePasswordCredential("gone@stmary", "pw")).getStatus()).isEqualTo(INVALID);
    }

    @Test
    void everyFailedLoginIsRecordedWithWhyAndAPasswordCheckThatPassedOnce() {
        store.validate(new UsernamePasswordCredential("billing@stmary", "adjuster-demo"));
        store.validate(new UsernamePasswordCredential("nobody@stmary", "billing-demo"));
        store.validate(new UsernamePasswordCredential("gone@stmary", "pw"));
        store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo"));
        // The same login again within minutes passes the cheap check: the log has it already.
        store.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo"));

        assertThat(recorded).containsExactly("billing@stmary DENIED wrong password", "nobody@stmary DENIED unknown user",
                "gone@stmary DENIED disabled", "billing@stmary ALLOWED");
    }

    @Test
    void aLoginThatCannotBeRecordedIsRefused() {
        UserTableIdentityStore unrecorded = new UserTableIdentityStore(users, passwords, new LoginAudit() {
            @Override
            public void succeeded(String user) {
                throw new IllegalStateException("The audit log is not open");
            }

            @Override
            public void failed(String user, String why) {
                throw new IllegalStateException("The audit log is not open");
            }
        });

        assertThat(unrecorded.validate(new UsernamePasswordCredential("billing@stmary", "billing-demo")).getStatus())
                .isEqualTo(INVALID);
        assertThat(unrecorded.validate(new UsernamePasswordCredential("billing@stmary", "wrong")).getStatus()).isEqualTo(INVALID);
    }

    @Test
    void httpBasicCredentialsAreCheckedLikeAnyOther() {
        String header = java.util.Base64.getEncoder().encodeToString("billing@stmary:billing-demo".getBytes());

        assertThat(store.validate(new BasicAuthenticationCredential(header)).getStatus()).isEqualTo(VALID);
    }

    @Test
    void aCredentialOfAnotherKindIsLeftToOtherStores() {
        Credential token = new Credential() { };

        assertThat(store.validate(token).getStatus()).isEqualTo(NOT_VALIDATED);
    }
}
