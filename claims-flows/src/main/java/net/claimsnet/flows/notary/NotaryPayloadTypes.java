package net.claimsnet.flows.notary;

import net.claimsnet.flows.engine.LeanPayloadType;
import net.claimsnet.flows.engine.WireFields;
import net.claimsnet.ledger.serialization.TearOffCodec;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.FilteredTransaction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.PublicKey;
import java.util.List;

/**
 * The notarisation messages every claim sends, in the engine's lean encoding: the request as its
 * tear-off field by field ({@link TearOffCodec}) with the requester's name, key and signature, the
 * notary's signature as a plain signature. A
 * refusal, rare and carrying its conflicts, goes as AMQP. Registered in
 * {@code META-INF/services/net.claimsnet.flows.engine.LeanPayloadType}.
 */
public final class NotaryPayloadTypes {

    /**
     * Tags on the wire and in checkpoints since the first release: never reassigned. Tag 4 was the
     * unsigned request (the tear-off alone), retired when requests were signed (issue 15): a node
     * holding one in its outbox at the upgrade has it refused as unreadable, and its flow fails.
     */
    public static final byte SIGNATURE_TAG = 5;
    public static final byte SIGNED_REQUEST_TAG = 6;

    private NotaryPayloadTypes() {
    }

    public static final class Request implements LeanPayloadType<NotarisationRequest> {

        @Override
        public byte tag() {
            return SIGNED_REQUEST_TAG;
        }

        @Override
        public Class<NotarisationRequest> type() {
            return NotarisationRequest.class;
        }

        @Override
        public boolean covers(NotarisationRequest request) {
            return TearOffCodec.covers(request.getTransaction());
        }

        @Override
        public int expectedSize() {
            return 4608;
        }

        /** The tear-off, then the requester's name, its key and its signature over the request. */
        @Override
        public void write(DataOutputStream out, NotarisationRequest request) throws IOException {
            TearOffCodec.write(out, request.getTransaction());
            out.writeUTF(request.getRequester().toString());
            WireFields.writeBytes(out, request.getSignature().getBy().getEncoded());
            WireFields.writeBytes(out, request.getSignature().getBytes());
        }

        @Override
        public NotarisationRequest read(DataInputStream in) throws IOException {
            FilteredTransaction tearOff = TearOffCodec.read(in);
            CordaX500Name requester;
            PublicKey key;
            try {
                requester = CordaX500Name.parse(in.readUTF());
                key = Crypto.decodePublicKey(WireFields.readBytes(in));
            } catch (IllegalArgumentException e) {
                throw new IOException("A notarisation request names no valid requester or key: " + e.getMessage(), e);
            }
            return new NotarisationRequest(tearOff, requester, new DigitalSignature.WithKey(key, WireFields.readBytes(in)));
        }
    }

    public static final class Signature implements LeanPayloadType<NotarisationResponse> {

        @Override
        public byte tag() {
            return SIGNATURE_TAG;
        }

        @Override
        public Class<NotarisationResponse> type() {
            return NotarisationResponse.class;
        }

        @Override
        public boolean covers(NotarisationResponse response) {
            TransactionSignature signature = response.getSignature();
            return signature != null && WireFields.plain(List.of(signature));
        }

        @Override
        public int expectedSize() {
            return 256;
        }

        @Override
        public void write(DataOutputStream out, NotarisationResponse response) throws IOException {
            WireFields.writeSignature(out, response.getSignature());
        }

        @Override
        public NotarisationResponse read(DataInputStream in) throws IOException {
            return NotarisationResponse.signed(WireFields.readSignature(in));
        }
    }
}
