package net.claimsnet.flows.notary;

import net.corda.core.serialization.CordaSerializable;

/** Why a notary refused a request: the kind a {@link NotaryException} carries, for callers that act on it. */
@CordaSerializable
public enum NotaryRefusal {
    /** An input or reference was consumed by another transaction: a double spend. */
    CONFLICT,
    /** The notary's time is outside the transaction's time window (a fresh window may pass). */
    OUTSIDE_TIME_WINDOW,
    /** The tear-off does not prove what it shows, hides what it must show, or names another notary. */
    INVALID_TEAR_OFF,
    /** The request is not signed by its requester's key on the network map, or not sent by its requester. */
    BAD_REQUEST_SIGNATURE,
    /** The requester is not a participant of an input it asks to consume. */
    NOT_A_PARTICIPANT
}
