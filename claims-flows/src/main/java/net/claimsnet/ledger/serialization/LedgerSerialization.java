package net.claimsnet.ledger.serialization;

import net.corda.core.internal.SimpleToggleField;
import net.corda.core.serialization.SerializationContext;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.internal.SerializationEnvironment;
import net.corda.core.serialization.internal.SerializationEnvironmentKt;
import net.corda.serialization.internal.CordaSerializationMagic;
import net.corda.serialization.internal.ServerContexts;
import net.corda.serialization.internal.SharedContexts;
import net.corda.serialization.internal.amqp.AbstractAMQPSerializationScheme;
import net.corda.serialization.internal.amqp.CustomSerializer;
import net.corda.serialization.internal.amqp.SchemaKt;
import net.corda.serialization.internal.amqp.SerializerFactory;

import java.util.Collections;

/**
 * Installs Corda's AMQP serialization environment, once per JVM.
 *
 * <p>Corda keeps the environment in a JVM-wide field; every node of an in-JVM network and every
 * thread of a server share it. The P2P context serializes what travels between nodes; the storage
 * context what a node keeps. Both use the class loader that sees the contract classes.
 */
public final class LedgerSerialization {

    private static volatile boolean installed;

    private LedgerSerialization() {
    }

    /** Installs the environment unless it already is; safe to call from any thread, any number of times. */
    public static void ensureInstalled() {
        if (installed) {
            return;
        }
        synchronized (LedgerSerialization.class) {
            ClassLoader classLoader = LedgerSerialization.class.getClassLoader();
            // The environment goes into Corda's resettable JVM-wide slot (named for its node driver),
            // not the node slot, which can be set once per JVM only: in Payara the Corda libraries and
            // their environment outlive a redeploy, and an environment of an earlier deployment's class
            // loader would resolve this deployment's classes from the old, undeployed copies.
            SimpleToggleField<SerializationEnvironment> slot = SerializationEnvironmentKt.get_driverSerializationEnv();
            SerializationEnvironment existing = slot.get();
            if (existing != null && existing.getP2pContext().getDeserializationClassLoader() == classLoader) {
                installed = true;
                return;
            }
            SerializationFactory factory = new RememberingSerializationFactory(new AmqpScheme());
            SerializationContext p2p = SharedContexts.getAMQP_P2P_CONTEXT().withClassLoader(classLoader);
            SerializationContext storage = ServerContexts.getAMQP_STORAGE_CONTEXT().withClassLoader(classLoader);
            SerializationEnvironment environment = SerializationEnvironment.Companion.with(
                    factory, p2p, null, null, storage, null, null);
            if (existing != null) {
                slot.set(null);
            }
            slot.set(environment);
            installed = true;
        }
    }

    /** The AMQP scheme for P2P and storage; nodes offer no RPC, so the RPC factories refuse. */
    static final class AmqpScheme extends AbstractAMQPSerializationScheme {

        private final CustomSerializer<?> publicKeys = new CachingPublicKeySerializer();

        AmqpScheme() {
            super(Collections.emptyList());
        }

        @Override
        public CustomSerializer<?> getPublicKeySerializer() {
            return publicKeys;
        }

        @Override
        public boolean canDeserializeVersion(CordaSerializationMagic magic, SerializationContext.UseCase target) {
            return magic.equals(SchemaKt.getAmqpMagic())
                    && (target == SerializationContext.UseCase.P2P || target == SerializationContext.UseCase.Storage);
        }

        @Override
        protected SerializerFactory rpcClientSerializerFactory(SerializationContext context) {
            throw new UnsupportedOperationException("Nodes of this network offer no RPC");
        }

        @Override
        protected SerializerFactory rpcServerSerializerFactory(SerializationContext context) {
            throw new UnsupportedOperationException("Nodes of this network offer no RPC");
        }
    }
}
