package net.claimsnet.node.desk;

/** The roles of a node's users (the security realm's group names). */
public enum DeskRole {
    /** Provider billing staff: file claims, answer requests, appeal, void, replace. */
    BILLING,
    /** Insurer adjuster: request information, adjudicate, settle. */
    ADJUSTER,
    /** Auditor or regulator: reads the claims its node observed. */
    AUDITOR,
    /** Runs the node; reads no claims. */
    NODE_ADMIN;

    /** The role names as the realm spells them, for {@code @RolesAllowed}. */
    public static final String BILLING_NAME = "BILLING";
    public static final String ADJUSTER_NAME = "ADJUSTER";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String NODE_ADMIN_NAME = "NODE_ADMIN";
}
