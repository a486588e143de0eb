package net.claimsnet.ledger;

import net.claimsnet.ledger.keys.NodeKeyStore;
import net.corda.core.crypto.Crypto;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeKeyStoreTest {

    private static final CordaX500Name OWNER = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");

    @TempDir
    Path directory;

    @Test
    void a_generated_key_is_the_one_loaded_back_and_it_signs_as_corda_expects() throws Exception {
        Path keystore = directory.resolve("keys/node.p12");
        char[] password = "generated-at-setup".toCharArray();

        KeyPair created = NodeKeyStore.loadOrCreate(keystore, password, OWNER);
        KeyPair loaded = NodeKeyStore.loadOrCreate(keystore, password, OWNER);

        assertThat(loaded.getPublic()).isEqualTo(created.getPublic());
        byte[] data = "claim".getBytes(StandardCharsets.UTF_8);
        assertThat(Crypto.doVerify(created.getPublic(), Crypto.doSign(loaded.getPrivate(), data), data)).isTrue();
        assertThat(Files.getPosixFilePermissions(keystore))
                .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void a_wrong_password_is_refused_with_a_clear_message() {
        Path keystore = directory.resolve("node.p12");
        NodeKeyStore.create(keystore, "right".toCharArray(), OWNER);

        assertThatThrownBy(() -> NodeKeyStore.load(keystore, "wrong".toCharArray()))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("wrong password or damaged file");
    }
}
