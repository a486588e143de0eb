package net.claimsnet.flows.engine;

import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Ids of messages the node's inbox took in for the first time (their id was not in it: never received,
 * so never processed) and the engine has not taken in yet. For these the engine need not ask its store
 * whether they were processed, a read per message otherwise (issue 16). In memory only: after a restart
 * the engine asks for every message again. Bounded: an id dropped from the oldest end only costs that read.
 */
final class FirstDeliveries {

    private static final int LIMIT = 4096;

    private final Set<String> ids = new LinkedHashSet<>();

    synchronized void remember(String messageId) {
        if (ids.size() >= LIMIT) {
            Iterator<String> oldest = ids.iterator();
            oldest.next();
            oldest.remove();
        }
        ids.add(messageId);
    }

    /** Whether the message is known never to have been received before; the id stays known. */
    synchronized boolean isFirst(String messageId) {
        return ids.contains(messageId);
    }

    /** As {@link #isFirst}, and forgets the id: the engine takes the message in now. */
    synchronized boolean takeFirst(String messageId) {
        return ids.remove(messageId);
    }
}
