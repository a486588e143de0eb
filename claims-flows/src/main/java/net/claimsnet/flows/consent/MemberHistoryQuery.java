package net.claimsnet.flows.consent;

import net.corda.core.serialization.CordaSerializable;

/** The provider asks the insurer for the claim history of a member, which the member consented to share with it. */
@CordaSerializable
public final class MemberHistoryQuery {

    private final String memberId;

    public MemberHistoryQuery(String memberId) {
        this.memberId = memberId;
    }

    public String getMemberId() {
        return memberId;
    }
}
