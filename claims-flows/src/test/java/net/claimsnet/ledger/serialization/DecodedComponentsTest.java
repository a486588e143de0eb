package net.claimsnet.ledger.serialization;

import net.claimsnet.ledger.KernelFixture;
import net.corda.core.contracts.ComponentGroupEnum;
import net.corda.core.contracts.TransactionState;
import net.corda.core.serialization.SerializationContext;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.transactions.ComponentGroup;
import net.corda.core.transactions.WireTransaction;
import net.corda.core.utilities.OpaqueBytes;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A node's memory of decoded states gives back only what decoding the same bytes again would give. */
class DecodedComponentsTest {

    private static final KernelFixture FIXTURE = new KernelFixture();
    private static final WireTransaction SUBMIT = FIXTURE.signedSubmit().getTx();

    private final DecodedComponents memory = new DecodedComponents(4);
    private final SerializationFactory factory = SerializationFactory.Companion.getDefaultFactory();
    private final SerializationContext context = factory.getDefaultContext();

    @Test
    void the_same_state_bytes_decoded_twice_by_one_node_are_decoded_once() {
        OpaqueBytes output = component(SUBMIT, ComponentGroupEnum.OUTPUTS_GROUP, 0);

        Object first = decodeWith(memory, output, context);
        Object second = decodeWith(memory, output, context);

        assertThat(second).isSameAs(first);
        assertThat(memory.hits()).isEqualTo(1);
        assertThat(memory.misses()).isEqualTo(1);
    }

    @Test
    void without_a_node_memory_in_force_every_decoding_runs() {
        OpaqueBytes output = component(SUBMIT, ComponentGroupEnum.OUTPUTS_GROUP, 0);

        Object first = factory.deserialize(output, TransactionState.class, context);
        Object second = factory.deserialize(output, TransactionState.class, context);

        assertThat(second).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void different_bytes_are_a_different_entry() {
        WireTransaction another = FIXTURE.signedSubmit().getTx();
        OpaqueBytes output = component(SUBMIT, ComponentGroupEnum.OUTPUTS_GROUP, 0);
        OpaqueBytes otherOutput = component(another, ComponentGroupEnum.OUTPUTS_GROUP, 0);

        Object first = decodeWith(memory, output, context);
        Object other = decodeWith(memory, otherOutput, context);

        assertThat(other).isNotSameAs(first);
        assertThat(memory.misses()).isEqualTo(2);
    }

    @Test
    void only_states_and_commands_are_remembered() {
        assertThat(DecodedComponents.remembers(TransactionState.class)).isTrue();
        assertThat(DecodedComponents.remembers(net.corda.core.contracts.CommandData.class)).isTrue();
        assertThat(DecodedComponents.remembers(WireTransaction.class)).isFalse();
        assertThat(DecodedComponents.remembers(Object.class)).isFalse();
    }

    @Test
    void a_decoding_serves_a_class_loader_that_resolves_the_state_class_to_the_same_class() {
        OpaqueBytes output = component(SUBMIT, ComponentGroupEnum.OUTPUTS_GROUP, 0);
        ClassLoader child = new URLClassLoader(new URL[0], getClass().getClassLoader());

        Object first = decodeWith(memory, output, context);
        Object viaChild = decodeWith(memory, output, context.withClassLoader(child));

        assertThat(viaChild).isSameAs(first);
    }

    @Test
    void a_decoding_never_serves_a_class_loader_that_cannot_resolve_the_state_class() {
        OpaqueBytes output = component(SUBMIT, ComponentGroupEnum.OUTPUTS_GROUP, 0);
        ClassLoader blind = new URLClassLoader(new URL[0], null);
        Object first = decodeWith(memory, output, context);

        // Decoded afresh for a loader that sees no contract (nor Corda) classes: it fails.
        Object viaBlind;
        try {
            viaBlind = decodeWith(memory, output, context.withClassLoader(blind));
        } catch (Throwable decodingFailed) {
            viaBlind = decodingFailed;
        }

        assertThat(viaBlind).isNotSameAs(first).isInstanceOf(Throwable.class);
        assertThat(memory.hits()).isZero();
        assertThat(memory.misses()).isEqualTo(2);
    }

    @Test
    void the_memory_forgets_the_least_recently_used_beyond_its_capacity() {
        DecodedComponents small = new DecodedComponents(1);
        OpaqueBytes output = component(SUBMIT, ComponentGroupEnum.OUTPUTS_GROUP, 0);
        OpaqueBytes otherOutput = component(FIXTURE.signedSubmit().getTx(), ComponentGroupEnum.OUTPUTS_GROUP, 0);

        decodeWith(small, output, context);
        decodeWith(small, otherOutput, context);
        decodeWith(small, output, context);

        assertThat(small.hits()).isZero();
        assertThat(small.misses()).isEqualTo(3);
    }

    @Test
    void the_memory_in_force_before_is_restored_afterwards() {
        OpaqueBytes output = component(SUBMIT, ComponentGroupEnum.OUTPUTS_GROUP, 0);
        DecodedComponents outer = new DecodedComponents(4);

        outer.runAsCurrent(() -> {
            memory.runAsCurrent(() -> factory.deserialize(output, TransactionState.class, context));
            factory.deserialize(output, TransactionState.class, context);
        });

        assertThat(memory.misses()).isEqualTo(1);
        assertThat(outer.misses()).isEqualTo(1);
    }

    private Object decodeWith(DecodedComponents node, OpaqueBytes bytes, SerializationContext decodingContext) {
        AtomicReference<Object> decoded = new AtomicReference<>();
        node.runAsCurrent(() -> decoded.set(factory.deserialize(bytes, TransactionState.class, decodingContext)));
        return decoded.get();
    }

    private static OpaqueBytes component(WireTransaction transaction, ComponentGroupEnum group, int index) {
        for (ComponentGroup componentGroup : transaction.getComponentGroups()) {
            if (componentGroup.getGroupIndex() == group.ordinal()) {
                return componentGroup.getComponents().get(index);
            }
        }
        throw new AssertionError("no " + group + " in the transaction");
    }
}
