package net.claimsnet.web.desk.adjuster;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.claims.ClaimTableModel;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** A member as the adjuster weighs a claim against them: coverages with the accumulators, and their claims. */
@Named
@ViewScoped
public class MemberScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeskCalls desk;

    /** The member looked up, from the page's {@code member} parameter or the look-up field. */
    private String memberId;
    /** The member whose coverages and claims are shown (null before a look-up). */
    private String shown;
    private List<CoverageRow> coverages = List.of();
    private final ClaimTableModel claims = ClaimTableModel.overSearch(search -> desk.searchClaims(search), search -> desk.countClaims(search),
            () -> shown == null ? null : ClaimSearch.all().withMemberId(shown), ClaimOrder.NEWEST_SERVICE_FIRST);

    /** On opening with {@code ?member=}: looks the member up at once. */
    public void open() {
        if (memberId != null && !memberId.isBlank()) {
            lookUp();
        }
    }

    public void lookUp() {
        if (memberId == null || memberId.isBlank()) {
            desk.error("Enter a member id", "The member id is on the member's card, e.g. M-1001.");
            shown = null;
            coverages = List.of();
            return;
        }
        String member = memberId.trim();
        shown = member;
        coverages = desk.attempt(() -> desk.coverages().coverages(desk.user().deskUser(), member))
                .map(found -> found.stream().map(CoverageRow::of).collect(Collectors.toList()))
                .orElse(List.of());
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getShown() {
        return shown;
    }

    public List<CoverageRow> getCoverages() {
        return coverages;
    }

    public ClaimTableModel getClaims() {
        return claims;
    }
}
