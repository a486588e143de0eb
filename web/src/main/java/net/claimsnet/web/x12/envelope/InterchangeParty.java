package net.claimsnet.web.x12.envelope;

import net.corda.core.identity.CordaX500Name;

import java.util.Locale;
import java.util.Objects;

/**
 * A sender or receiver of an interchange: its ID qualifier (ISA05/ISA07) and ID (ISA06/ISA08, also
 * GS02/GS03). The nodes' configuration names each organisation by its X.500 legal name only, so a
 * node's interchange ID is derived from that name the same way on every node: the organisation
 * upper-cased, letters and digits only, at most 15 characters, under qualifier ZZ (mutually
 * defined). Both ends of an 835 therefore agree on each other's ID without extra configuration.
 */
public record InterchangeParty(String qualifier, String id) {

    /** ISA05/ISA07 "ZZ": an ID the trading partners agreed on. */
    public static final String MUTUALLY_DEFINED = "ZZ";

    static final int MAX_ID_LENGTH = 15;

    public InterchangeParty {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(id, "id");
        if (qualifier.length() != 2) {
            throw new IllegalArgumentException("An interchange ID qualifier has 2 characters; was '" + qualifier + "'");
        }
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("An interchange ID has 1 to 15 characters; was '" + id + "'");
        }
    }

    /** The party a node's legal name stands for, e.g. O=St. Mary Hospital,... gives ZZ / STMARYHOSPITAL. */
    public static InterchangeParty of(CordaX500Name legalName) {
        String letters = legalName.getOrganisation().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("The organisation of " + legalName + " has no letter or digit for an interchange ID");
        }
        return new InterchangeParty(MUTUALLY_DEFINED,
                letters.length() > MAX_ID_LENGTH ? letters.substring(0, MAX_ID_LENGTH) : letters);
    }
}
