package net.claimsnet.web.e2e.security;

/** One call of the suite: where, what, as whom, what its rule expects and what came back. */
record Call(String node, Endpoint endpoint, Caller caller, Outcome expected, int status, Outcome actual, String answer) {

    boolean unexpected() {
        return expected != actual;
    }

    @Override
    public String toString() {
        return node + ": " + endpoint + " as " + caller + ": expected " + expected + ", got " + status + " " + actual
                + (answer.isEmpty() ? "" : " (" + answer + ")");
    }
}
