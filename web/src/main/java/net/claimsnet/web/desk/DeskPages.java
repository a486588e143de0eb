package net.claimsnet.web.desk;

import net.claimsnet.node.desk.DeskRole;

/** Where each role's work starts, and what each role is called on screen. */
public final class DeskPages {

    public static final String BILLING_HOME = "/billing/claims.xhtml";
    public static final String ADJUSTER_HOME = "/adjuster/queue.xhtml";
    public static final String AUDITOR_HOME = "/audit/search.xhtml";
    public static final String ADMIN_HOME = "/admin/node.xhtml";
    /** The one claim page every claim reader shares; its actions follow the user's role. */
    public static final String CLAIM = "/claims/claim.xhtml";

    private DeskPages() {
    }

    public static String roleLabel(DeskRole role) {
        switch (role) {
            case BILLING:
                return "Billing staff";
            case ADJUSTER:
                return "Adjuster";
            case AUDITOR:
                return "Auditor";
            case NODE_ADMIN:
                return "Node administrator";
            default:
                return role.name();
        }
    }

    /** The page a role needs, in words, for the refusal page. */
    public static String roleNeededFor(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("/billing/")) {
            return "Billing staff (BILLING) on a provider node";
        }
        if (path.startsWith("/adjuster/")) {
            return "Adjuster (ADJUSTER) on an insurer node";
        }
        if (path.startsWith("/audit/")) {
            return "Auditor (AUDITOR) on an auditor node";
        }
        if (path.startsWith("/admin/")) {
            return "Node administrator (NODE_ADMIN)";
        }
        if (path.startsWith("/claims/")) {
            return "Billing staff, adjuster or auditor (node administrators read no claims)";
        }
        return null;
    }
}
