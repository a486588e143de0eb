/**
 * P2P over HTTP: {@link net.claimsnet.flows.transport.http.HttpTransport} (one per node) sends each
 * envelope through the node's durable outbox, signed with the node's Ed25519 key, as
 * {@code POST <peer base URL>/api/p2p/messages} ({@code application/octet-stream}), retrying with
 * capped exponential backoff while the peer is down or answers 5xx; it gives up only on a 4xx that
 * the peer's endpoint marks with {@code X-ClaimsNet-Rejection} (kept in the outbox with the reason).
 * The receiving endpoint hands the body to {@link net.claimsnet.flows.transport.http.InboundMessages},
 * which answers 202 (accepted, or received before: acknowledged, not processed again), 400 malformed,
 * 403 unknown sender, bad signature or a peer not authenticated as the sender, 404 wrong recipient,
 * 413 too large (over 4 MiB), 429 the sender over its rate limit (retried, like 503), 503 node not
 * running or busy.
 *
 * <p>Transport security: a server node sends and receives P2P over mutual TLS with one network TLS
 * root ({@link net.claimsnet.node.tls}): its network map address is its mutual-TLS listener
 * ({@code https://host:http.port+2}), the outbox presents the node's certificate
 * ({@link net.claimsnet.flows.transport.http.HttpDelivery}), the listener takes only peers with a
 * certificate of the root, and the receiver refuses any message whose sender is not the subject of
 * the certificate it came with ({@link net.claimsnet.flows.transport.http.PeerCertificates}). TLS
 * keeps the payloads from the wire and tells a node which peer it talks to; the signature still
 * proves each message's origin on its own.
 *
 * <p>Wire format (see {@link net.claimsnet.flows.transport.http.SignedMessage}): {@code "CNP2"},
 * version byte 1, int32 envelope length, the envelope ({@link net.claimsnet.flows.transport.EnvelopeCodec}:
 * message id, sender, recipient, session id, kind as modified-UTF-8 strings; sequence and
 * acknowledged as int64; a flag and the protocol for INIT; int32 length and the AMQP payload), then
 * uint16 signature length and the sender's signature over every preceding byte. The receiver checks
 * it against the sender's key in the signed network map, so the signature, not a login, authenticates
 * a node. Payloads carry PHI: nothing here logs them, only ids, kinds and names.
 *
 * <p>Batches (see {@link net.claimsnet.flows.transport.http.MessageBatch}): when several messages
 * wait for the same peer, the dispatcher sends them in one request, {@code "CNB1"}, int32 count,
 * then each signed message with its int32 length (at most 64 messages, and 4 MiB with the framing). The receiver checks
 * each on its own, records the good ones in one inbox commit and answers 200 with
 * {@code "CNB1 <count> <refused>"} and a line {@code "<index> <Rejection> <reason>"} per refused
 * message; the sender marks the others delivered in one commit. All nodes of a network must speak
 * batches (a node that does not would refuse them as malformed).
 */
package net.claimsnet.flows.transport.http;
