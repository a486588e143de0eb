package net.claimsnet.storage.jpa.ledger;

import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TransactionState;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The vault's decoded states: a row is decoded once while it is among the most recently used. */
class DecodedStatesTest {

    private static final Party NOTARY = new Party(CordaX500Name.parse("O=Claims Notary,L=Zurich,C=CH"),
            Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512).getPublic());

    private final AtomicInteger decodings = new AtomicInteger();

    /** A state with no participants: what is decoded does not matter here, only how often. */
    private static final class Nothing implements ContractState {
        @Override
        public List<AbstractParty> getParticipants() {
            return List.of();
        }
    }

    private Supplier<StateAndRef<?>> decoding() {
        return () -> {
            decodings.incrementAndGet();
            return new StateAndRef<>(new TransactionState<>(new Nothing(), "test.Contract", NOTARY),
                    new StateRef(SecureHash.randomSHA256(), 0));
        };
    }

    @Test
    void a_row_read_again_is_not_decoded_again() {
        DecodedStates states = new DecodedStates(10);

        StateAndRef<?> first = states.get(1L, decoding());
        StateAndRef<?> again = states.get(1L, decoding());

        assertThat(again).isSameAs(first);
        assertThat(decodings).hasValue(1);
    }

    @Test
    void beyond_its_capacity_the_least_recently_used_row_is_decoded_again() {
        DecodedStates states = new DecodedStates(2);
        states.get(1L, decoding());
        states.get(2L, decoding());
        states.get(1L, decoding());
        states.get(3L, decoding());

        states.get(1L, decoding());
        assertThat(decodings).as("row 1 was used lately: kept").hasValue(3);
        states.get(2L, decoding());
        assertThat(decodings).as("row 2 was the least recently used: dropped").hasValue(4);
        assertThat(states.size()).isEqualTo(2);
    }

    @Test
    void peeking_decodes_nothing_and_finds_only_a_decoded_row() {
        DecodedStates states = new DecodedStates(10);

        assertThat(states.peek(1L)).as("never decoded").isNull();
        StateAndRef<?> decoded = states.get(1L, decoding());

        assertThat(states.peek(1L)).isSameAs(decoded);
        assertThat(states.peek(2L)).isNull();
        assertThat(decodings).hasValue(1);
    }
}
