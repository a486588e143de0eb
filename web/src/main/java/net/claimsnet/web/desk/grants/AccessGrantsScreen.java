package net.claimsnet.web.desk.grants;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.AccessGrantConflictException;
import net.claimsnet.node.desk.AccessGrantDesk;
import net.claimsnet.node.desk.AccessGrantNotFoundException;
import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.node.desk.FlowStillRunningException;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScopeKind;
import net.claimsnet.web.api.NodeUnavailableException;
import net.claimsnet.web.desk.CurrentUser;
import net.corda.core.identity.Party;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The insurer's access grants to the auditor (/admin/grants.xhtml, NODE_ADMIN on an insurer node): the
 * grants the node holds, newest first, with where each stands; a form to grant the auditor access to a
 * scope of claims for a purpose until a last day; a revocation per live grant with its reason. The
 * form's mistakes are shown next to their fields and a refused revocation next to its row, in words
 * saying what to do; nothing is granted or revoked then. Same desk as /api/access-grants.
 */
@Named
@ViewScoped
public class AccessGrantsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Asked for per call: the desk is made over the running node, and a node not running is a message, not a failed page. */
    @Inject
    private transient Instance<AccessGrantDesk> desks;

    @Inject
    private transient GrantsNode node;

    @Inject
    private transient CurrentUser currentUser;

    private final GrantForm form = new GrantForm();
    private List<GrantLine> grants = List.of();
    /** The reason typed on each live grant's row, by grant id. */
    private final Map<String, String> reasons = new HashMap<>();
    /** Why a row's revocation did not go through, by grant id, until the next action. */
    private final Map<String, String> rowProblems = new HashMap<>();

    @PostConstruct
    void open() {
        reload();
    }

    /** Reads the grants again (also the page's "Refresh"). */
    public void reload() {
        if (!node.isIssuer()) {
            grants = List.of();
            return;
        }
        try {
            AccessGrantDesk desk = desks.get();
            Instant now = desk.now();
            grants = desk.grants(currentUser.deskUser()).stream().map(grant -> new GrantLine(grant, now)).toList();
        } catch (ClaimDeskException | NodeUnavailableException e) {
            grants = List.of();
            pageError("The grants cannot be read now.", e.getMessage());
        }
    }

    /** Grants the auditor access as the form says, or shows what to fix next to each field. */
    public void grant() {
        rowProblems.clear();
        if (!node.isIssuer()) {
            pageError("No grant can be issued on this node.", node.getNotIssuerReason());
            return;
        }
        try {
            AccessGrantDesk desk = desks.get();
            LocalDate today = desk.now().atZone(ZoneOffset.UTC).toLocalDate();
            List<GrantForm.Problem> problems = form.problems(today, getProviderChoices().values());
            if (!problems.isEmpty()) {
                problems.forEach(problem -> fieldError(problem.field(), problem.message()));
                pageError("Nothing was granted.", "Fix what is marked next to the fields, then grant again.");
                return;
            }
            AccessGrantState granted = desk.grant(currentUser.deskUser(), form.scope(), form.trimmedPurpose(), form.expiresAt());
            GrantLine line = new GrantLine(granted, desk.now());
            info("The auditor may now open " + line.getOpens() + ".",
                    "Until the end of " + line.getLastDay() + " (UTC), for \"" + line.getPurpose() + "\". Grant " + line.getId() + ".");
            form.clear();
            reload();
        } catch (InvalidDeskInputException e) {
            String input = form.inputFor(e.field());
            if (input == null) {
                pageError("Nothing was granted.", e.getMessage());
            } else {
                fieldError(input, e.getMessage());
                pageError("Nothing was granted.", "Fix what is marked next to the fields, then grant again.");
            }
        } catch (FlowStillRunningException e) {
            warn("The network has not answered yet.",
                    "The grant appears in the list once the notary has signed it: refresh in a moment rather than granting again.");
        } catch (AccessGrantConflictException e) {
            pageError("The ledger did not record the grant, so nothing was granted.", e.getMessage() + ". Try again in a moment.");
        } catch (ClaimDeskException | NodeUnavailableException e) {
            pageError("Nothing was granted.", e.getMessage());
        }
    }

    /** Ends a live grant now with the reason typed on its row, or says next to the row why it did not. */
    public void revoke(String grantId) {
        rowProblems.clear();
        String reason = reasons.get(grantId);
        if (reason == null || reason.isBlank()) {
            rowProblem(grantId, "Say why the grant ends early (for example \"Audit closed\"): the reason stays with it on"
                    + " both ledgers. Then revoke again.");
            return;
        }
        try {
            AccessGrantDesk desk = desks.get();
            GrantLine revoked = new GrantLine(desk.revoke(currentUser.deskUser(), grantId, reason), desk.now());
            reasons.remove(grantId);
            info("Grant revoked: the auditor may no longer open " + revoked.getOpens() + " by it.", revoked.getState() + ".");
            reload();
        } catch (InvalidDeskInputException e) {
            rowProblem(grantId, e.getMessage());
        } catch (AccessGrantNotFoundException e) {
            rowProblem(grantId, "This node holds no such grant any more; refresh the list.");
        } catch (AccessGrantConflictException e) {
            rowProblem(grantId, e.getMessage() + ". Refresh the list to see where the grant stands.");
        } catch (FlowStillRunningException e) {
            rowProblem(grantId, "The network has not answered yet: refresh in a moment rather than revoking again.");
        } catch (ClaimDeskException | NodeUnavailableException e) {
            rowProblem(grantId, e.getMessage());
        }
    }

    private void rowProblem(String grantId, String message) {
        rowProblems.put(grantId, message);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void fieldError(String input, String message) {
        FacesContext.getCurrentInstance().addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static void pageError(String summary, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
        faces.validationFailed();
    }

    private static void warn(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, summary, detail));
    }

    private static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    public GrantForm getForm() {
        return form;
    }

    public List<GrantLine> getGrants() {
        return grants;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    /** Why the row's revocation did not go through; null when it did or was not tried. */
    public String rowProblem(String grantId) {
        return rowProblems.get(grantId);
    }

    /** What a grant can open, in words, by kind. */
    public Map<String, AccessScopeKind> getScopeChoices() {
        Map<String, AccessScopeKind> choices = new LinkedHashMap<>();
        choices.put("One provider's claims", AccessScopeKind.PROVIDER);
        choices.put("One member's claims", AccessScopeKind.MEMBER);
        choices.put("One claim", AccessScopeKind.CLAIM);
        choices.put("Claims with a service date in a range", AccessScopeKind.SERVICE_DATES);
        return choices;
    }

    /** The providers on the network map: "St. Mary Hospital (Boston)" to the name the grant records. */
    public Map<String, String> getProviderChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Party provider : node.providers()) {
            choices.put(provider.getName().getOrganisation() + " (" + provider.getName().getLocality() + ")",
                    provider.getName().toString());
        }
        return choices;
    }

    /** The last day a grant issued today may have, for the field's hint (the node's clock is the system's). */
    public String getLatestLastDay() {
        return GrantForm.latestLastDay(LocalDate.now(ZoneOffset.UTC)).toString();
    }

    public long getLiveCount() {
        return grants.stream().filter(GrantLine::isLive).count();
    }
}
