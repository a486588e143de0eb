package net.claimsnet.ledger.resolution;

import net.claimsnet.ledger.attachments.StoredAttachment;
import net.corda.core.cordapp.CordappContext;
import net.corda.core.cordapp.CordappProvider;
import net.corda.core.crypto.SecureHash;
import net.corda.core.internal.CordappFixupInternal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which attachment holds the code of each contract this node runs: Corda's cordapp provider,
 * reduced to what a node without CorDapp scanning needs.
 */
public final class ContractAttachmentDirectory implements CordappProvider, CordappFixupInternal {

    private final Map<String, SecureHash> attachmentByContract = new ConcurrentHashMap<>();

    public void install(StoredAttachment contractsJar) {
        for (String contract : contractsJar.contractClassNames()) {
            attachmentByContract.put(contract, contractsJar.id());
        }
    }

    @Override
    public SecureHash getContractAttachmentID(String contractClassName) {
        return attachmentByContract.get(contractClassName);
    }

    @Override
    public CordappContext getAppContext() {
        throw new UnsupportedOperationException("Flows here are plain Java, not CorDapp flows with an app context");
    }

    @Override
    public Set<SecureHash> fixupAttachmentIds(Collection<? extends SecureHash> attachmentIds) {
        // No fix-up rules: the contracts JAR is self-contained.
        return new LinkedHashSet<>(attachmentIds);
    }
}
