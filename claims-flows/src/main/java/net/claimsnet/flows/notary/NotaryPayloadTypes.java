package net.claimsnet.flows.notary;

import net.claimsnet.flows.engine.LeanPayloadType;
import net.claimsnet.flows.engine.WireFields;
import net.claimsnet.ledger.serialization.TearOffCodec;
import net.corda.core.crypto.TransactionSignature;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The notarisation messages every claim sends, in the engine's lean encoding: the request as its
 * tear-off field by field ({@link TearOffCodec}), the notary's signature as a plain signature. A
 * refusal, rare and carrying its conflicts, goes as AMQP. Registered in
 * {@code META-INF/services/net.claimsnet.flows.engine.LeanPayloadType}.
 */
public final class NotaryPayloadTypes {

    /** Tags on the wire and in checkpoints since the first release: never reassigned. */
    public static final byte REQUEST_TAG = 4;
    public static final byte SIGNATURE_TAG = 5;

    private NotaryPayloadTypes() {
    }

    public static final class Request implements LeanPayloadType<NotarisationRequest> {

        @Override
        public byte tag() {
            return REQUEST_TAG;
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
            return 4096;
        }

        @Override
        public void write(DataOutputStream out, NotarisationRequest request) throws IOException {
            TearOffCodec.write(out, request.getTransaction());
        }

        @Override
        public NotarisationRequest read(DataInputStream in) throws IOException {
            return new NotarisationRequest(TearOffCodec.read(in));
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
