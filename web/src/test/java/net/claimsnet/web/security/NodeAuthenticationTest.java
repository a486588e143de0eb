package net.claimsnet.web.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of the node's authentication that need no server: which paths take Basic, and reading a Basic header. */
class NodeAuthenticationTest {

    @Test
    void theMachineInterfacesTakeBasicAndEverythingElseIsTheDesk() {
        assertThat(MachineInterfaces.includes("/api/claims")).isTrue();
        assertThat(MachineInterfaces.includes("/api")).isTrue();
        assertThat(MachineInterfaces.includes("/fhir/metadata")).isTrue();
        assertThat(MachineInterfaces.includes("/x12/837")).isTrue();

        assertThat(MachineInterfaces.includes("/billing/claims.xhtml")).isFalse();
        assertThat(MachineInterfaces.includes("/login.xhtml")).isFalse();
        assertThat(MachineInterfaces.includes("/apidocs")).isFalse();
        assertThat(MachineInterfaces.includes("/claims/claim.xhtml")).isFalse();
    }

    @Test
    void aBasicHeaderGivesItsUserAndPasswordWhichMayHoldAColon() {
        var credential = NodeAuthentication.BasicCredentials.from("Basic " + encoded("billing@stmary:pass:word"));

        assertThat(credential).hasValueSatisfying(c -> {
            assertThat(c.getCaller()).isEqualTo("billing@stmary");
            assertThat(c.getPasswordAsString()).isEqualTo("pass:word");
        });
        assertThat(NodeAuthentication.BasicCredentials.from("basic " + encoded("a:b"))).isPresent();
    }

    @Test
    void aMissingOrMalformedBasicHeaderGivesNoCredential() {
        assertThat(NodeAuthentication.BasicCredentials.from(null)).isEmpty();
        assertThat(NodeAuthentication.BasicCredentials.from("Bearer abc")).isEmpty();
        assertThat(NodeAuthentication.BasicCredentials.from("Basic !!!not-base64")).isEmpty();
        assertThat(NodeAuthentication.BasicCredentials.from("Basic " + encoded("no-colon"))).isEmpty();
        assertThat(NodeAuthentication.BasicCredentials.from("Basic")).isEmpty();
    }

    private static String encoded(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
