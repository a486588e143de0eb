package net.claimsnet.flows.engine;

import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.identity.NodeRole;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a flow's code sees while its fiber runs it: the node, its sessions, what the wait delivered. */
final class FiberContext implements FlowContext {

    private final FlowEngine engine;
    private final String flowId;
    private final FlowState state;
    private final StepRunner runner;
    private final Fiber fiber;
    /** Set by the runner before each call of the flow. */
    Object received;

    FiberContext(FlowEngine engine, String flowId, FlowState state, StepRunner runner, Fiber fiber) {
        this.engine = engine;
        this.flowId = flowId;
        this.state = state;
        this.runner = runner;
        this.fiber = fiber;
    }

    @Override
    public SessionStatus sessionStatus(FlowSession asking, String sessionId, boolean askerInitiated) {
        return engine.sessionStatus(sessionId, asking.counterparty(), askerInitiated);
    }

    @Override
    public String flowId() {
        return flowId;
    }

    @Override
    public Party ourIdentity() {
        return engine.services().ledger().identity();
    }

    @Override
    public NodeLedger ledger() {
        return engine.services().ledger();
    }

    @Override
    public Clock clock() {
        return engine.clock();
    }

    @Override
    public <S> S service(Class<S> type) {
        return engine.services().service(type);
    }

    @Override
    public Party party(CordaX500Name name) {
        return engine.services().ledger().networkMap().party(name);
    }

    @Override
    public Party notary() {
        List<Party> notaries = engine.services().ledger().networkMap().partiesWithRole(NodeRole.NOTARY);
        if (notaries.isEmpty()) {
            throw new FlowException("The network map names no notary");
        }
        return notaries.get(0);
    }

    @Override
    public Optional<Party> auditor() {
        return engine.services().ledger().networkMap().partiesWithRole(NodeRole.AUDITOR).stream().findFirst();
    }

    @Override
    public FlowSession initiate(Party counterparty, Class<?> protocol) {
        Party known = party(counterparty.getName());
        if (!known.getOwningKey().equals(counterparty.getOwningKey())) {
            throw new FlowException(counterparty.getName() + " is not on the network map with that key");
        }
        if (known.equals(ourIdentity())) {
            throw new FlowException("A flow cannot open a session with its own node");
        }
        SessionState session = new SessionState(UUID.randomUUID().toString(), known.getName(), protocol.getName(), true);
        state.sessions.put(session.id, session);
        engine.register(session.id, fiber);
        return session.handle();
    }

    @Override
    public void send(FlowSession session, Object message) {
        runner.send(runner.session(session), message, MessageKind.DATA);
    }

    @Override
    public void sendTransaction(FlowSession session, SignedTransaction transaction) {
        SessionState sending = runner.session(session);
        sending.sentTransaction(transaction);
        runner.send(sending, transaction, MessageKind.DATA);
    }

    @Override
    public void releaseLocks() {
        runner.releaseLocks();
        state.heldLocks.clear();
    }

    @Override
    public <R> R received(Class<R> type) {
        if (received == null) {
            return null;
        }
        if (!type.isInstance(received)) {
            throw new IllegalStateException("The flow expected a " + type.getSimpleName() + " but received a "
                    + received.getClass().getSimpleName());
        }
        return type.cast(received);
    }
}
