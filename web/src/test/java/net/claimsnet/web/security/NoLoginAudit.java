package net.claimsnet.web.security;

/** A login audit that records nothing: for tests that are not about logins (a node records every login). */
final class NoLoginAudit implements LoginAudit {

    @Override
    public void succeeded(String user) {
    }

    @Override
    public void failed(String user, String why) {
    }
}
