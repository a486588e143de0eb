package net.claimsnet.node.bootstrap;

import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.crypto.SignedData;
import net.corda.core.serialization.SerializationDefaults;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.utilities.ByteSequence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SignatureException;

/**
 * Something the network operator signed (the network map, the network parameters), kept in a file
 * as Corda's {@link SignedData}: the AMQP bytes of the content and the operator's signature over them.
 */
final class SignedFile {

    private SignedFile() {
    }

    static <T> SignedData<T> sign(T content, KeyPair operatorKey) {
        LedgerSerialization.ensureInstalled();
        SerializedBytes<T> raw = SerializationFactory.Companion.getDefaultFactory()
                .serialize(content, SerializationDefaults.INSTANCE.getP2P_CONTEXT());
        try {
            return new SignedData<>(raw, new DigitalSignature.WithKey(operatorKey.getPublic(),
                    Crypto.doSign(operatorKey.getPrivate(), raw.getBytes())));
        } catch (GeneralSecurityException e) {
            throw new LedgerException(null, "The network operator's key cannot sign", e);
        }
    }

    static void write(Path file, SignedData<?> signed) {
        LedgerSerialization.ensureInstalled();
        byte[] bytes = SerializationFactory.Companion.getDefaultFactory()
                .serialize(signed, SerializationDefaults.INSTANCE.getP2P_CONTEXT()).getBytes();
        OwnerOnlyFiles.write(file, bytes, false);
    }

    @SuppressWarnings("unchecked")
    static <T> SignedData<T> read(Path file) {
        LedgerSerialization.ensureInstalled();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BootstrapException("Cannot read " + file + " (run ./network up to generate it): " + e, e);
        }
        try {
            return SerializationFactory.Companion.getDefaultFactory().deserialize(ByteSequence.of(bytes),
                    SignedData.class, SerializationDefaults.INSTANCE.getP2P_CONTEXT());
        } catch (RuntimeException e) {
            throw new BootstrapException(file + " is not a signed network file (damaged or altered): " + e.getMessage(), e);
        }
    }

    /** The content, if the operator's key signed exactly these bytes. */
    static <T> T verify(SignedData<T> signed, PublicKey operatorKey, Class<T> type, Path file) {
        if (!signed.getSig().getBy().equals(operatorKey)) {
            throw new BootstrapException(file + " is signed by a key that is not the network operator's");
        }
        Object content;
        try {
            content = signed.verified();
        } catch (SignatureException | RuntimeException e) {
            throw new BootstrapException(file + ": the operator's signature does not match the contents (altered?)", e);
        }
        if (!type.isInstance(content)) {
            throw new BootstrapException(file + " holds a " + content.getClass().getSimpleName() + ", not a "
                    + type.getSimpleName());
        }
        return type.cast(content);
    }

    /** The content without checking the signature: only to carry a version number over to a new operator key. */
    static <T> T unverified(SignedData<T> signed, Class<T> type) {
        Object content = SerializationFactory.Companion.getDefaultFactory().deserialize(signed.getRaw(), Object.class,
                SerializationDefaults.INSTANCE.getP2P_CONTEXT());
        return type.cast(content);
    }
}
