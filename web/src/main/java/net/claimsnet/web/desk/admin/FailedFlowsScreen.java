package net.claimsnet.web.desk.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.web.desk.CurrentUser;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.server.NodeOperationsReadings;
import net.claimsnet.web.admin.FailedFlowInterventions;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Failed flows (/admin/flows.xhtml), most recently failed first, each with Retry and Abandon; abandon
 * asks why (the reason is kept with the flow and told to its counterparties). Reads and acts through
 * the same reading and interventions as the admin REST API.
 */
@Named
@ViewScoped
public class FailedFlowsScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    /** More than an operator works through at once; the count card says when there are more. */
    static final int LISTED = 200;

    @EJB
    private NodeRuntime runtime;

    @EJB
    private DatabaseTransactions database;

    @Inject
    private CurrentUser currentUser;

    private List<FailedFlowRow> flows = List.of();
    /** The flow whose abandon dialog is open. */
    private String abandoning;
    private String abandonReason;

    @PostConstruct
    void open() {
        reload();
    }

    public void reload() {
        flows = runtime.isRunning()
                ? new NodeOperationsReadings(database).failedFlows(LISTED).stream().map(FailedFlowRow::new).toList()
                : List.of();
    }

    public void retry(String flowId) {
        act(flowId, interventions -> interventions.retry(flowId),
                "Flow " + flowId + " runs again from its last checkpoint",
                "It resends what it last sent; it leaves this list unless it fails again.");
    }

    /** Opens the abandon dialog for one flow. */
    public void askAbandon(String flowId) {
        abandoning = flowId;
        abandonReason = null;
    }

    /** Abandons the flow the dialog is open for; a missing reason keeps the dialog open with a message next to it. */
    public void abandon() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (abandonReason == null || abandonReason.isBlank()) {
            faces.addMessage("abandon-reason", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Say why the flow is given up", "The reason is kept with the flow and told to its counterparties."));
            faces.validationFailed();
            return;
        }
        String flowId = abandoning;
        String reason = abandonReason;
        act(flowId, interventions -> interventions.abandon(flowId, reason), "Flow " + flowId + " is abandoned",
                "Its counterparties are told, its locks released; its record is kept as ABANDONED.");
        abandoning = null;
        abandonReason = null;
    }

    private void act(String flowId, Function<FailedFlowInterventions, Optional<FailedFlowInterventions.Refusal>> intervention,
                     String done, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!runtime.isRunning()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The node is not running",
                    "Flows can be retried or abandoned once it runs again."));
            return;
        }
        Optional<FailedFlowInterventions.Refusal> refused = intervention.apply(new FailedFlowInterventions(runtime.node().flows(),
                runtime.auditLog(), currentUser.getName()));
        faces.addMessage(null, refused
                .map(r -> new FacesMessage(FacesMessage.SEVERITY_ERROR, "Flow " + flowId + " was not changed", r.message()))
                .orElseGet(() -> new FacesMessage(FacesMessage.SEVERITY_INFO, done, detail)));
        reload();
    }

    public List<FailedFlowRow> getFlows() {
        return flows;
    }

    public int getListed() {
        return LISTED;
    }

    public String getAbandoning() {
        return abandoning;
    }

    public String getAbandonReason() {
        return abandonReason;
    }

    public void setAbandonReason(String abandonReason) {
        this.abandonReason = abandonReason;
    }

    public int getMaxReasonLength() {
        return FailedFlowInterventions.MAX_REASON_LENGTH;
    }
}
