package net.claimsnet.ledger.identity;

import net.corda.core.contracts.PartyAndReference;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.AnonymousParty;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.identity.PartyAndCertificate;
import net.corda.core.node.services.IdentityService;

import java.security.PublicKey;
import java.security.cert.CertStore;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Corda's identity service answered from the signed network map. Every party is a well-known
 * organisation with one key; this network uses no confidential (anonymous) identities and no
 * X.509 certificate paths, so those parts of the interface refuse.
 */
public final class NetworkIdentityService implements IdentityService {

    private final TrustedNetworkMap networkMap;

    public NetworkIdentityService(TrustedNetworkMap networkMap) {
        this.networkMap = networkMap;
    }

    @Override
    public Party partyFromKey(PublicKey key) {
        return networkMap.findByKey(key).map(NetworkMapEntry::toParty).orElse(null);
    }

    @Override
    public Party wellKnownPartyFromX500Name(CordaX500Name name) {
        return networkMap.find(name).map(NetworkMapEntry::toParty).orElse(null);
    }

    @Override
    public Party wellKnownPartyFromAnonymous(AbstractParty party) {
        Party known = partyFromKey(party.getOwningKey());
        if (known == null) {
            return null;
        }
        CordaX500Name claimedName = party.nameOrNull();
        return claimedName == null || claimedName.equals(known.getName()) ? known : null;
    }

    @Override
    public Party wellKnownPartyFromAnonymous(PartyAndReference partyRef) {
        return wellKnownPartyFromAnonymous(partyRef.getParty());
    }

    @Override
    public Party requireWellKnownPartyFromAnonymous(AbstractParty party) {
        Party known = wellKnownPartyFromAnonymous(party);
        if (known == null) {
            throw new net.claimsnet.ledger.UnknownPartyException("The key " + party.getOwningKey());
        }
        return known;
    }

    @Override
    public Set<Party> partiesFromName(String query, boolean exactMatch) {
        Set<Party> found = new LinkedHashSet<>();
        for (NetworkMapEntry entry : networkMap.entries()) {
            String organisation = entry.getName().getOrganisation();
            boolean matches = exactMatch ? organisation.equals(query)
                    : organisation.toLowerCase().contains(query.toLowerCase());
            if (matches) {
                found.add(entry.toParty());
            }
        }
        return found;
    }

    @Override
    public X509Certificate getTrustRoot() {
        throw noCertificates();
    }

    @Override
    public TrustAnchor getTrustAnchor() {
        throw noCertificates();
    }

    @Override
    public CertStore getCaCertStore() {
        throw noCertificates();
    }

    @Override
    public PartyAndCertificate verifyAndRegisterIdentity(PartyAndCertificate identity) {
        throw noCertificates();
    }

    @Override
    public void assertOwnership(Party party, AnonymousParty anonymousParty) {
        throw noConfidentialIdentities();
    }

    @Override
    public Iterable<PartyAndCertificate> getAllIdentities() {
        throw noCertificates();
    }

    @Override
    public PartyAndCertificate certificateFromKey(PublicKey owningKey) {
        throw noCertificates();
    }

    @Override
    public void registerKey(PublicKey publicKey, Party party, UUID externalId) {
        throw noConfidentialIdentities();
    }

    @Override
    public UUID externalIdForPublicKey(PublicKey publicKey) {
        return null;
    }

    @Override
    public Iterable<PublicKey> publicKeysForExternalId(UUID externalId) {
        return Collections.emptyList();
    }

    private static UnsupportedOperationException noCertificates() {
        return new UnsupportedOperationException("Identities come from the signed network map; there are no certificate paths");
    }

    private static UnsupportedOperationException noConfidentialIdentities() {
        return new UnsupportedOperationException("This network uses well-known identities only");
    }
}
