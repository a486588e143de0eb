package net.claimsnet.web.security;

import java.util.List;

/** The paths other systems call (HTTP Basic on every request); everything else is the claims desk (form login). */
final class MachineInterfaces {

    private static final List<String> PREFIXES = List.of("/api/", "/fhir/", "/x12/");

    private MachineInterfaces() {
    }

    static boolean includes(String path) {
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
