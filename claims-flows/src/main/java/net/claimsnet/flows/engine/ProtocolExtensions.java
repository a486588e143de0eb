package net.claimsnet.flows.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * What the protocol packages contribute to the engine (see {@link LeanPayloadType} and
 * {@link BackChains}), found once per class loader with {@link ServiceLoader}: the engine needs them
 * before any flow runs (a checkpoint or a message may hold their payloads), and knows none by name.
 */
final class ProtocolExtensions {

    private static final byte AMQP_FIRST_BYTE = 'c';

    private static final LeanPayloadType<?>[] BY_TAG = new LeanPayloadType<?>[256];
    private static final Map<Class<?>, LeanPayloadType<?>> BY_TYPE = new HashMap<>();
    private static final BackChains BACK_CHAINS;

    static {
        ClassLoader loader = ProtocolExtensions.class.getClassLoader();
        for (LeanPayloadType<?> type : ServiceLoader.load(LeanPayloadType.class, loader)) {
            int tag = type.tag() & 0xff;
            if (tag == AMQP_FIRST_BYTE || tag == WireCodec.TRANSACTION || tag == WireCodec.SIGNATURE || BY_TAG[tag] != null) {
                throw new IllegalStateException("Lean payload tag " + tag + " of " + type.type().getName() + " is taken");
            }
            BY_TAG[tag] = type;
            BY_TYPE.put(type.type(), type);
        }
        List<BackChains> backChains = new ArrayList<>();
        ServiceLoader.load(BackChains.class, loader).forEach(backChains::add);
        if (backChains.size() != 1) {
            throw new IllegalStateException("The engine needs one back-chain resolution, found " + backChains.size());
        }
        BACK_CHAINS = backChains.get(0);
    }

    private ProtocolExtensions() {
    }

    static LeanPayloadType<?> leanType(Object message) {
        return BY_TYPE.get(message.getClass());
    }

    static LeanPayloadType<?> leanType(byte tag) {
        return BY_TAG[tag & 0xff];
    }

    static BackChains backChains() {
        return BACK_CHAINS;
    }
}
