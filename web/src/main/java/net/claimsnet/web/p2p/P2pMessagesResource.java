package net.claimsnet.web.p2p;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.claimsnet.flows.transport.http.InboundMessages;
import net.claimsnet.flows.transport.http.InboundResult;
import net.claimsnet.flows.transport.http.PeerClocks;
import net.claimsnet.node.limits.RateLimiter;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's inbound P2P endpoint, {@code POST /api/p2p/messages}: other nodes' HTTP transports
 * deliver their signed messages here, over the node's mutual-TLS listener (http.port + 2, the
 * address on the signed network map), whose handshake admits only a peer with a certificate of the
 * network's TLS root. No user role guards it: a request that came without a client certificate (on
 * the desk's listeners) is refused (403) before its body is read, and each message must be signed by
 * the key the signed network map gives its sender, who must be the certificate's subject. The
 * request thread only hands the request over:
 * the body is read, checked and recorded on the {@link P2pThreads}, so peers and the desk's users
 * never wait for each other's threads. Bodies over the node's limit (4 MiB) are refused with 413
 * before they are read in full; a peer over its rate limit gets 429 and Retry-After. The body
 * carries PHI: it is never logged. Every answer states this node's time ({@link PeerClocks#TIME_HEADER}),
 * from which the sender reads how far the clocks are apart.
 */
@Path("p2p/messages")
@RequestScoped
public class P2pMessagesResource {

    private static final Logger LOG = Logger.getLogger(P2pMessagesResource.class.getName());
    /** An answer within this, or 503 and the sender tries again (its own timeout is 30 s). */
    private static final long ANSWER_WITHIN_SECONDS = 25;
    /** Where the servlet container puts the chain a client presented in the TLS handshake (Servlet 6, 3.10). */
    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    /** Made from the node runtime ({@code NodeRuntime.inbound()}); unresolvable while no node runs here. */
    @Inject
    Instance<InboundMessages> inbound;

    @Inject
    P2pThreads threads;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.TEXT_PLAIN)
    public void receive(@HeaderParam("Content-Length") Long contentLength, InputStream body,
                        @Context HttpServletRequest request, @Suspended AsyncResponse answer) {
        InboundMessages node = inbound.isResolvable() ? inbound.get() : null;
        if (node == null) {
            answer.resume(refuse(InboundResult.Rejection.UNAVAILABLE, "this node is not running; try again later"));
            return;
        }
        X509Certificate[] peerChain = (X509Certificate[]) request.getAttribute(CLIENT_CERTIFICATES);
        if (node.requiresClientCertificates() && (peerChain == null || peerChain.length == 0)) {
            answer.resume(answerTo(node.refusalOfAnUnauthenticatedPeer()));
            return;
        }
        int limit = node.maxMessageBytes();
        if (contentLength != null && contentLength > limit) {
            answer.resume(refuse(InboundResult.Rejection.TOO_LARGE, "the message has " + contentLength
                    + " bytes; this node takes at most " + limit));
            return;
        }
        answer.setTimeout(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
        answer.setTimeoutHandler(late -> late.resume(busy("this node took too long to take the message; try again")));
        try {
            threads.execute(() -> {
                try {
                    answer.resume(take(node, body, limit, peerChain));
                } catch (RuntimeException e) {
                    // The inbox could not record it (the database?): nothing was acknowledged, the sender tries again.
                    LOG.log(Level.WARNING, "A P2P message could not be taken in: " + e, e);
                    answer.resume(busy("this node could not take the message in; try again"));
                }
            });
        } catch (RejectedExecutionException e) {
            answer.resume(busy("this node's P2P threads are all busy; try again"));
        }
    }

    private static Response take(InboundMessages node, InputStream body, int limit, X509Certificate[] peerChain) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(limit + 1);
        } catch (IOException e) {
            return refuse(InboundResult.Rejection.MALFORMED, "the message could not be read to its end: " + e.getMessage());
        }
        if (bytes.length > limit) {
            return refuse(InboundResult.Rejection.TOO_LARGE, "the message is larger than " + limit + " bytes");
        }
        return answerTo(node.accept(bytes, peerChain));
    }

    private static Response answerTo(InboundResult result) {
        Response.ResponseBuilder answer = timed(Response.status(result.httpStatus()).entity(result.reason()));
        if (!result.isAccepted()) {
            answer.header(InboundResult.REJECTION_HEADER, result.rejection().name());
        }
        if (result.retryAfter() != null) {
            answer.header("Retry-After", RateLimiter.retryAfterSeconds(result.retryAfter()));
        }
        return answer.build();
    }

    private static Response busy(String reason) {
        return timed(Response.status(InboundResult.Rejection.UNAVAILABLE.httpStatus()))
                .header(InboundResult.REJECTION_HEADER, InboundResult.Rejection.UNAVAILABLE.name())
                .header("Retry-After", 1).entity(reason).build();
    }

    private static Response refuse(InboundResult.Rejection rejection, String reason) {
        return timed(Response.status(rejection.httpStatus())).header(InboundResult.REJECTION_HEADER, rejection.name())
                .entity(reason).build();
    }

    /** This node's time on the answer, read as late as the answer is made. */
    private static Response.ResponseBuilder timed(Response.ResponseBuilder answer) {
        return answer.header(PeerClocks.TIME_HEADER, System.currentTimeMillis());
    }
}
