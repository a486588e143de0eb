package net.claimsnet.web.x12.remittance;

import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The settled claims an 835 reports, read through the desk's search (the same reads, access checks
 * and audit as the remittance page): either those paid in a range of payment dates (GET /x12/835) or
 * those served in a range of service dates (the remittance page's range, for its download).
 */
public final class SettledClaimReader {

    private final Function<ClaimSearch, ClaimPage> search;

    /** @param search the desk's claim search for the calling user, e.g. {@code s -> desk.search(user, s)} */
    public SettledClaimReader(Function<ClaimSearch, ClaimPage> search) {
        this.search = search;
    }

    /** Claims whose settlement's payment date lies in the range (both ends included). */
    public List<ClaimState> paidBetween(LocalDate from, LocalDate to) {
        return read(ClaimSearch.all().withStatus(ClaimStatus.SETTLED)).stream()
                .filter(c -> c.getSettlement() != null)
                .filter(c -> !c.getSettlement().getPaymentDate().isBefore(from) && !c.getSettlement().getPaymentDate().isAfter(to))
                .toList();
    }

    /** Claims whose service dates fall in the range (either end may be null), as the remittance page selects them. */
    public List<ClaimState> servedBetween(LocalDate from, LocalDate to) {
        return read(ClaimSearch.all().withStatus(ClaimStatus.SETTLED).withDates(from, to));
    }

    private List<ClaimState> read(ClaimSearch settled) {
        ClaimSearch ordered = settled.withOrder(new ClaimOrder(ClaimOrder.Key.CLAIM_ID, false));
        List<ClaimState> claims = new ArrayList<>();
        for (int page = 0; ; page++) {
            ClaimPage found = search.apply(ordered.withPage(page, ClaimSearch.MAX_SIZE));
            claims.addAll(found.claims());
            if (found.claims().size() < ClaimSearch.MAX_SIZE || claims.size() >= found.total()) {
                return claims;
            }
        }
    }
}
