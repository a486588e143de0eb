package net.claimsnet.flows.consent;

import net.corda.core.serialization.CordaSerializable;

import java.util.ArrayList;
import java.util.List;

/**
 * The insurer's answer to a provider's question for a member's history: the claims other providers filed
 * for the member, under the consent that allows it; or a refusal saying why, with no claims.
 */
@CordaSerializable
public final class MemberHistoryAnswer {

    private final String memberId;
    private final String consentId;
    private final String refusal;
    private final List<MemberHistoryClaim> claims;

    public MemberHistoryAnswer(String memberId, String consentId, String refusal, List<MemberHistoryClaim> claims) {
        this.memberId = memberId;
        this.consentId = consentId;
        this.refusal = refusal;
        this.claims = new ArrayList<>(claims);
    }

    static MemberHistoryAnswer refused(String memberId, String why) {
        return new MemberHistoryAnswer(memberId, null, why, List.of());
    }

    public String getMemberId() { return memberId; }

    /** The consent's ledger id the history was disclosed under; null when refused. */
    public String getConsentId() { return consentId; }

    /** Why the insurer answered nothing; null when it answered. */
    public String getRefusal() { return refusal; }

    /** Oldest service first; empty when refused. */
    public List<MemberHistoryClaim> getClaims() { return claims; }
}
