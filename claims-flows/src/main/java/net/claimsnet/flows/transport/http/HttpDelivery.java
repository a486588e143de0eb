package net.claimsnet.flows.transport.http;

import net.claimsnet.node.tls.NodeTlsIdentity;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * POSTs a signed message to {@code <base address>/api/p2p/messages}. 2xx: delivered. A 4xx that
 * carries {@link InboundResult#REJECTION_HEADER} comes from the recipient's P2P endpoint, which
 * will refuse the same bytes again: refused for good; except 429 (this node sent faster than the
 * recipient takes from it), which will pass later. Any other answer (429, 5xx, a 4xx from a server
 * whose application is not deployed yet, a timeout, a refused connection): tried again later.
 *
 * <p>With a TLS context (the node's {@link NodeTlsIdentity#sslContext()}) it speaks HTTPS, TLS 1.3
 * or 1.2 only, presenting the node's certificate to the peer's mutual-TLS listener and accepting the
 * peer's only if the network's TLS root issued it for the host it was addressed at. A failed
 * handshake (a peer of another network, an expired certificate) is an IOException like a refused
 * connection: tried again later, so that a certificate issued anew lets the message through.
 *
 * <p>Each answer that states the peer's time ({@link PeerClocks#TIME_HEADER}) is a reading of the
 * peer's clock against this node's, kept in the {@link PeerClocks} given.
 */
public final class HttpDelivery implements Delivery {

    /** Where a node's P2P endpoint is, under its base address. */
    public static final String PATH = "/api/p2p/messages";

    private static final int MAX_REASON_CHARS = 300;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final PeerClocks peerClocks;
    private final Clock clock;

    /** @param tls the node's TLS context, for HTTPS with its client certificate; null: plain HTTP (tests) */
    public HttpDelivery(Duration connectTimeout, Duration requestTimeout, SSLContext tls) {
        this(connectTimeout, requestTimeout, tls, new PeerClocks(), Clock.systemUTC());
    }

    /**
     * @param peerClocks where the readings of the peers' clocks go
     * @param clock      this node's clock, read as each request goes and its answer comes
     */
    public HttpDelivery(Duration connectTimeout, Duration requestTimeout, SSLContext tls, PeerClocks peerClocks, Clock clock) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) {
            SSLParameters parameters = tls.getDefaultSSLParameters();
            parameters.setProtocols(NodeTlsIdentity.PROTOCOLS.toArray(String[]::new));
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            builder.sslContext(tls).sslParameters(parameters);
        }
        this.client = builder.build();
        this.requestTimeout = requestTimeout;
        this.peerClocks = peerClocks;
        this.clock = clock;
    }

    @Override
    public Outcome deliver(String baseAddress, byte[] body) {
        URI uri;
        try {
            uri = URI.create(stripSlash(baseAddress) + PATH);
        } catch (IllegalArgumentException e) {
            return Outcome.refused("the recipient's address " + baseAddress + " is not a URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            Instant sent = clock.instant();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            peerClocks.observe(baseAddress, sent, response.headers().firstValue(PeerClocks.TIME_HEADER), clock.instant());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Outcome.delivered(response.body());
            }
            String answer = "HTTP " + status + " from " + uri + ": " + shorten(response.body());
            if (status >= 400 && status < 500 && status != InboundResult.Rejection.RATE_LIMITED.httpStatus()
                    && response.headers().firstValue(InboundResult.REJECTION_HEADER).isPresent()) {
                return Outcome.refused(answer);
            }
            return Outcome.retry(answer);
        } catch (IOException e) {
            return Outcome.retry(e.getClass().getSimpleName() + " from " + uri + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.retry("interrupted while sending to " + uri);
        }
    }

    private static String stripSlash(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    private static String shorten(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_REASON_CHARS ? oneLine : oneLine.substring(0, MAX_REASON_CHARS) + "...";
    }
}
