package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/** What an auditor's access grant reaches: one provider's claims, one member's, one claim, or a range of service dates. */
@CordaSerializable
public enum AccessScopeKind { PROVIDER, MEMBER, CLAIM, SERVICE_DATES }
