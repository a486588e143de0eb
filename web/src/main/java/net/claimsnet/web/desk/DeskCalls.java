package net.claimsnet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.node.desk.CoverageDesk;
import net.claimsnet.node.desk.FlowStillRunningException;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.web.api.NodeUnavailableException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the desk's screens call the desk services (the same {@link ClaimDesk} and {@link CoverageDesk}
 * the REST API uses): a refusal becomes a message on the page in the desk's own words (what is wrong,
 * where, what to do) instead of an error page, and the screen keeps what the user typed.
 */
@RequestScoped
public class DeskCalls {

    @Inject
    private Instance<ClaimDesk> claimDesks;

    @Inject
    private Instance<CoverageDesk> coverageDesks;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    public ClaimDesk claims() {
        return claimDesks.get();
    }

    public CoverageDesk coverages() {
        return coverageDesks.get();
    }

    public CurrentUser user() {
        return currentUser;
    }

    /**
     * Runs a desk call; when the desk refuses it, the reason is shown (on the component {@code forClientId}
     * when the refusal names no field, else as a page message naming the field) and nothing comes back.
     */
    public <T> Optional<T> attempt(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (FlowStillRunningException e) {
            show(FacesMessage.SEVERITY_WARN, "Still working on it",
                    "The network has not answered yet; the claim will change on its own when it does. Refresh in a moment.");
        } catch (InvalidDeskInputException e) {
            show(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.field() == null ? null : "Field: " + e.field());
        } catch (ClaimDeskException e) {
            show(FacesMessage.SEVERITY_ERROR, e.getMessage(), null);
        } catch (NodeUnavailableException e) {
            show(FacesMessage.SEVERITY_ERROR, "The node cannot act now", e.getMessage());
        }
        return Optional.empty();
    }

    /** A page of the desk's search as the current user; a refusal is shown on the page and the page is empty. */
    public ClaimPage searchClaims(ClaimSearch search) {
        return attempt(() -> claims().search(user().deskUser(), search))
                .orElseGet(() -> new ClaimPage(List.of(), search.page(), search.size(), 0));
    }

    /**
     * How many claims the search matches, for a table's count; 0 on refusal, said by nobody here: the
     * page's search that follows meets the same refusal and shows it once.
     */
    public long countClaims(ClaimSearch search) {
        try {
            return claims().count(user().deskUser(), search);
        } catch (ClaimDeskException | NodeUnavailableException e) {
            return 0;
        }
    }

    /** How many of the user's claims have each status (counted through the vault's index); none on refusal. */
    public Map<ClaimStatus, Long> countClaimsByStatus() {
        return attempt(() -> claims().countByStatus(user().deskUser())).orElse(Map.of());
    }

    /** As {@link #attempt(Supplier)}, for calls that return nothing; true when it went through. */
    public boolean attemptRun(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    public void info(String summary, String detail) {
        show(FacesMessage.SEVERITY_INFO, summary, detail);
    }

    public void error(String summary, String detail) {
        show(FacesMessage.SEVERITY_ERROR, summary, detail);
    }

    private void show(FacesMessage.Severity severity, String summary, String detail) {
        faces.addMessage(null, new FacesMessage(severity, summary, detail));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }
}
