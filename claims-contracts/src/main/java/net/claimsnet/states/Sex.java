package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/**
 * Administrative sex of the patient as submitted on the claim (U: unknown), and the sex a
 * sex-specific procedure or diagnosis code is for (F or M). U matches no sex-specific code.
 */
@CordaSerializable
public enum Sex {
    F("female"), M("male"), U("unknown");

    private final String word;

    Sex(String word) {
        this.word = word;
    }

    /** The sex in words, as messages to billing staff name it: "female", "male" or "unknown". */
    public String inWords() {
        return word;
    }
}
