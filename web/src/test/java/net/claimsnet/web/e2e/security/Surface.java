package net.claimsnet.web.e2e.security;

/**
 * The ways into a node, by path: the machine interfaces take HTTP Basic on every request and answer a
 * missing or wrong login with 401; the desk takes a form login and sends a caller without one to the
 * login page.
 */
enum Surface {
    API("/api/"),
    FHIR("/fhir/"),
    X12("/x12/"),
    DESK("/");

    private final String prefix;

    Surface(String prefix) {
        this.prefix = prefix;
    }

    boolean takesBasicLogins() {
        return this != DESK;
    }

    /** The surface a node-relative path (starting with a slash) belongs to. */
    static Surface of(String path) {
        for (Surface surface : values()) {
            if (surface != DESK && path.startsWith(surface.prefix)) {
                return surface;
            }
        }
        return DESK;
    }
}
