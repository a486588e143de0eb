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
    private final UserTableIdentityStore store = new UserTableIdentityStore(users, passwords);

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
