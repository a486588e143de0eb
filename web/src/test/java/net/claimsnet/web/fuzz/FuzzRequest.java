package net.claimsnet.web.fuzz;

/**
 * One generated request: method, path with its query (already percent-encoded where the URI syntax
 * needs it), content type and body (null: none), and whether it carries the run's credentials.
 */
record FuzzRequest(String kind, String method, String pathAndQuery, String contentType, byte[] body, Credentials credentials) {

    /** Whose credentials go with the request. */
    enum Credentials {
        /** The run's user. */
        USER,
        /** None at all. */
        NONE,
        /** A wrong password, for a name other than the run's user (which a lock-out would shut out). */
        WRONG_PASSWORD
    }

    /** The same method, path, query and credentials, without a body or its content type. */
    FuzzRequest withoutBody() {
        return new FuzzRequest(kind, method, pathAndQuery, null, null, credentials);
    }

    @Override
    public String toString() {
        return kind + " " + method + " " + (pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "..." : pathAndQuery)
                + (body == null ? "" : " (" + body.length + " bytes " + contentType + ")");
    }
}
