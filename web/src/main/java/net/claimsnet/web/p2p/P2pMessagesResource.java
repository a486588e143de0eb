package net.claimsnet.web.p2p;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.claimsnet.flows.transport.http.InboundMessages;
import net.claimsnet.flows.transport.http.InboundResult;

import java.io.IOException;
import java.io.InputStream;

/**
 * The node's inbound P2P endpoint, {@code POST /api/p2p/messages}: other nodes' HTTP transports
 * deliver their signed messages here. No user role guards it: a message is authenticated by its
 * signature, checked against the sender's key in the signed network map, so anyone may knock but
 * only a node on the map gets a message through. Bodies over the node's limit are refused with 413
 * before they are read in full. The body carries PHI: it is never logged.
 */
@Path("p2p/messages")
@RequestScoped
public class P2pMessagesResource {

    /** Made from the node runtime ({@code NodeRuntime.inbound()}); unresolvable while no node runs here. */
    @Inject
    Instance<InboundMessages> inbound;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.TEXT_PLAIN)
    public Response receive(@HeaderParam("Content-Length") Long contentLength, InputStream body) throws IOException {
        if (!inbound.isResolvable()) {
            return refuse(InboundResult.Rejection.UNAVAILABLE, "this node is not running; try again later");
        }
        InboundMessages node = inbound.get();
        if (node == null) {
            return refuse(InboundResult.Rejection.UNAVAILABLE, "this node is not running; try again later");
        }
        int limit = node.maxMessageBytes();
        if (contentLength != null && contentLength > limit) {
            return refuse(InboundResult.Rejection.TOO_LARGE, "the message has " + contentLength + " bytes; this node takes at most " + limit);
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(limit + 1);
        if (bytes.length > limit) {
            return refuse(InboundResult.Rejection.TOO_LARGE, "the message is larger than " + limit + " bytes");
        }
        InboundResult result = node.accept(bytes);
        Response.ResponseBuilder answer = Response.status(result.httpStatus()).entity(result.reason());
        if (!result.isAccepted()) {
            answer.header(InboundResult.REJECTION_HEADER, result.rejection().name());
        }
        return answer.build();
    }

    private static Response refuse(InboundResult.Rejection rejection, String reason) {
        return Response.status(rejection.httpStatus()).header(InboundResult.REJECTION_HEADER, rejection.name())
                .entity(reason).build();
    }
}
