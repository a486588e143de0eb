package net.claimsnet.web.e2e.desk;

/** The demo users' passwords, as a fresh node seeds them (web's DemoUsers): the role's prefix and "-demo". */
final class DeskUsers {

    private DeskUsers() {
    }

    /** billing@stmary -> billing-demo */
    static String passwordOf(String user) {
        return user.substring(0, user.indexOf('@')) + "-demo";
    }
}
