package net.claimsnet.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The node's REST API lives under /api; resources are discovered in this module. */
@ApplicationPath("/api")
public class ClaimsNetApplication extends Application {
}
