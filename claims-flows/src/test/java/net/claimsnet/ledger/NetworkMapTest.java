package net.claimsnet.ledger;

import net.claimsnet.ledger.identity.NetworkIdentityService;
import net.claimsnet.ledger.identity.NetworkMap;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SignedData;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.serialization.SerializedBytes;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkMapTest {

    private final KernelFixture fixture = new KernelFixture();

    @Test
    void a_map_signed_by_the_operator_is_trusted_and_answers_by_name_key_and_role() {
        TrustedNetworkMap map = TrustedNetworkMap.verify(fixture.network.signedMap(), fixture.network.operatorKey());
        NetworkIdentityService identities = new NetworkIdentityService(map);

        assertThat(identities.wellKnownPartyFromX500Name(KernelFixture.INSURER)).isEqualTo(fixture.insurer.identity());
        assertThat(identities.partyFromKey(fixture.provider.identity().getOwningKey())).isEqualTo(fixture.provider.identity());
        assertThat(map.partiesWithRole(NodeRole.NOTARY)).containsExactly(fixture.notary);
        assertThat(fixture.network.parameters().getNotaries()).extracting(n -> n.getIdentity()).containsExactly(fixture.notary);
    }

    @Test
    void a_map_signed_by_another_key_is_refused() {
        KeyPair impostor = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        SignedData<NetworkMap> forged = new NetworkMap(2, TrustedNetworkMap
                .verify(fixture.network.signedMap(), fixture.network.operatorKey()).entries()).signWith(impostor);

        assertThatThrownBy(() -> TrustedNetworkMap.verify(forged, fixture.network.operatorKey()))
                .isInstanceOf(LedgerException.class)
                .hasMessage("The network map is signed by a key that is not the network operator's");
    }

    @Test
    void a_map_altered_after_signing_is_refused() {
        SignedData<NetworkMap> signed = fixture.network.signedMap();
        byte[] bytes = signed.getRaw().getBytes();
        bytes[bytes.length - 3] ^= 1;
        SignedData<NetworkMap> altered = new SignedData<>(new SerializedBytes<>(bytes), signed.getSig());

        assertThatThrownBy(() -> TrustedNetworkMap.verify(altered, fixture.network.operatorKey()))
                .isInstanceOf(LedgerException.class)
                .hasMessage("The network map's signature does not match its contents");
    }

    @Test
    void a_name_not_on_the_map_is_an_unknown_party() {
        TrustedNetworkMap map = TrustedNetworkMap.verify(fixture.network.signedMap(), fixture.network.operatorKey());
        CordaX500Name stranger = CordaX500Name.parse("O=Shady Billing LLC,L=Miami,C=US");

        assertThat(new NetworkIdentityService(map).wellKnownPartyFromX500Name(stranger)).isNull();
        assertThatThrownBy(() -> map.party(stranger))
                .isInstanceOf(UnknownPartyException.class)
                .hasMessage("O=Shady Billing LLC, L=Miami, C=US is not on the network map");
    }
}
