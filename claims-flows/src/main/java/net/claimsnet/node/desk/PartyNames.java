package net.claimsnet.node.desk;

import net.corda.core.identity.CordaX500Name;

/**
 * How a user names a party at the desk: by its organisation ("Acme Health") or by its full X.500
 * name. Filing with a named insurer and searching by provider read names the same way.
 */
final class PartyNames {

    private PartyNames() {
    }

    /** Whether a party is meant by a name given as its organisation or as its full X.500 name. */
    static boolean namedBy(CordaX500Name name, String given) {
        String wanted = given.trim();
        if (name.getOrganisation().equalsIgnoreCase(wanted)) {
            return true;
        }
        try {
            return CordaX500Name.parse(wanted).equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The organisation a party is looked up by: the name given, or the organisation of an X.500 name given. */
    static String organisationIn(String given) {
        try {
            return CordaX500Name.parse(given.trim()).getOrganisation();
        } catch (IllegalArgumentException e) {
            return given;
        }
    }
}
