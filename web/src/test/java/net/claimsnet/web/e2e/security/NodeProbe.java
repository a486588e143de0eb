package net.claimsnet.web.e2e.security;

import net.claimsnet.node.config.NodeConfiguration;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Calls every endpoint of one node as each caller and says what each answer means for access. Each
 * caller has a desk session of its own (logged in through the form first, which another node's user
 * must fail to do); the machine interfaces get the caller's login with every request, as HTTP Basic.
 */
final class NodeProbe {

    /** The desk's login as a call of its own: the form must let the node's users in, and nobody else. */
    static final Endpoint DESK_LOGIN = new Endpoint("POST", "/login.xhtml");

    private final NodeConfiguration node;
    private final URI root;

    NodeProbe(NodeConfiguration node) {
        this.node = node;
        this.root = URI.create(node.secureAddress().replaceAll("/$", "") + "/");
    }

    List<Call> callEveryEndpoint(Collection<AccessRule> rules, List<Caller> callers) {
        List<Call> calls = new ArrayList<>();
        for (Caller caller : callers) {
            // Machine interfaces keep no session, and the desk's session holds the caller's login only.
            NodeSession session = new NodeSession(root);
            if (caller.presentsLogin()) {
                calls.add(logIn(session, caller));
            }
            for (AccessRule rule : rules) {
                calls.add(call(session, rule, caller));
            }
        }
        return calls;
    }

    private Call logIn(NodeSession session, Caller caller) {
        HttpResponse<String> answer = session.logIn(caller.username(), caller.password());
        Outcome expected = caller.kind() == Caller.Kind.OWN_USER ? Outcome.ANSWERED : Outcome.LOGIN_REFUSED;
        Outcome actual = NodeSession.letIn(answer) ? Outcome.ANSWERED : Outcome.LOGIN_REFUSED;
        return new Call(node.id(), DESK_LOGIN, caller, expected, answer.statusCode(), actual,
                expected == actual ? "" : excerpt(answer));
    }

    private Call call(NodeSession session, AccessRule rule, Caller caller) {
        Endpoint endpoint = rule.endpoint();
        HttpRequest.Builder request = EndpointRequests.request(root, endpoint);
        if (endpoint.surface().takesBasicLogins()) {
            request = EndpointRequests.withLogin(request, caller);
        }
        HttpResponse<String> answer = session.send(request);
        Outcome actual = Outcome.of(endpoint.surface(), answer.statusCode(), answer.headers().firstValue("Location"),
                answer.body());
        Outcome expected = rule.expectedFor(caller, node.role());
        return new Call(node.id(), endpoint, caller, expected, answer.statusCode(), actual,
                expected == actual ? "" : excerpt(answer));
    }

    /** Enough of an unexpected answer to see why, without its page's markup. */
    private static String excerpt(HttpResponse<String> answer) {
        String text = answer.body() == null ? "" : answer.body().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        String location = answer.headers().firstValue("Location").map(to -> "-> " + to + " ").orElse("");
        return location + (text.length() > 200 ? text.substring(0, 197) + "..." : text);
    }
}
