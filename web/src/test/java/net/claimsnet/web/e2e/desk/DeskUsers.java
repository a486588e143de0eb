package net.claimsnet.web.e2e.desk;

import net.claimsnet.bench.network.DemoPasswords;

/** The demo users' passwords on the running network: those ./network up generated, else the README's. */
final class DeskUsers {

    private DeskUsers() {
    }

    /** billing@stmary -> its password (DemoPasswords). */
    static String passwordOf(String user) {
        return DemoPasswords.of(user);
    }
}
