package net.claimsnet.web.security;

/**
 * Where logins are recorded: each password check that passed (not the cheap re-checks of
 * {@link RecentLogins} in between, which would put a row in the log for every API call) and each
 * that failed, with why. A login that cannot be recorded does not happen.
 */
public interface LoginAudit {

    void succeeded(String user);

    /** @param why "unknown user", "disabled" or "wrong password": for the node's auditors, never told to the caller */
    void failed(String user, String why);
}
