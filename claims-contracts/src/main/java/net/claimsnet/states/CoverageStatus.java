package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/** Whether a coverage is in force or has been terminated by the insurer. */
@CordaSerializable
public enum CoverageStatus {
    ACTIVE, TERMINATED
}
