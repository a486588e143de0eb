package net.claimsnet.web.desk.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.web.admin.AuditVerification;
import net.claimsnet.web.desk.CurrentUser;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The "Verify audit log" action on the node page (/admin/node.xhtml): the same check as
 * GET /api/admin/audit/verify, its result shown under the button.
 */
@Named
@RequestScoped
public class AuditChainScreen {

    private static final Logger LOG = Logger.getLogger(AuditChainScreen.class.getName());

    @EJB
    private NodeRuntime runtime;

    @Inject
    private CurrentUser currentUser;

    private AuditVerification verification;
    private String failure;

    public void verify() {
        try {
            verification = AuditVerification.check(runtime, currentUser.getName());
            failure = null;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit log could not be checked", e);
            verification = null;
            failure = "The audit log could not be checked: " + e.getMessage();
        }
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public String getFailure() {
        return failure;
    }
}
