package net.claimsnet.web.desk.grants;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.AccessGrantDesk;
import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.web.api.NodeUnavailableException;
import net.claimsnet.web.desk.CurrentUser;

import java.time.Instant;
import java.util.List;

/**
 * The grants the auditor holds (/audit/grants.xhtml, AUDITOR on the auditor's node), read only: which
 * insurer opened which claims to it, why, until when, and which grants are live now. Read once per
 * request, each read audited by the desk as on GET /api/access-grants.
 */
@Named
@RequestScoped
public class HeldGrantsScreen {

    @Inject
    private Instance<AccessGrantDesk> desks;

    @Inject
    private GrantsNode node;

    @Inject
    private CurrentUser currentUser;

    private List<GrantLine> grants = List.of();

    @PostConstruct
    void read() {
        if (!node.isHolder()) {
            return;
        }
        try {
            AccessGrantDesk desk = desks.get();
            Instant now = desk.now();
            grants = desk.grants(currentUser.deskUser()).stream().map(grant -> new GrantLine(grant, now)).toList();
        } catch (ClaimDeskException | NodeUnavailableException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "The grants cannot be read now.", e.getMessage()));
        }
    }

    public List<GrantLine> getGrants() {
        return grants;
    }

    public long getLiveCount() {
        return grants.stream().filter(GrantLine::isLive).count();
    }
}
