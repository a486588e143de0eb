package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimState;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SearchResultsTest {

    private static final CordaX500Name ST_MARY = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    private static final CordaX500Name LAKESIDE = CordaX500Name.parse("O=Lakeside Clinic,L=Chicago,C=US");
    private static final ClaimSearch ALL = new ClaimSearch((net.claimsnet.states.ClaimStatus) null, null, null, null, null, null, 0, 1);

    private final SearchResults results = new SearchResults();
    private final AtomicInteger matched = new AtomicInteger();
    private final List<String> vaultList = new ArrayList<>(List.of("a", "b"));

    private List<ClaimState> match() {
        matched.incrementAndGet();
        return List.of();
    }

    @Test
    void theSameListsFromTheVaultAreMatchedOnce() {
        results.matches(ST_MARY, ALL, List.of(vaultList), this::match);
        results.matches(ST_MARY, ALL, List.of(vaultList), this::match);

        assertThat(matched).hasValue(1);
    }

    @Test
    void aNewListFromTheVaultIsMatchedAgainEvenWhenItsContentIsEqual() {
        results.matches(ST_MARY, ALL, List.of(vaultList), this::match);
        results.matches(ST_MARY, ALL, List.of(new ArrayList<>(vaultList)), this::match);

        assertThat(matched).hasValue(2);
    }

    @Test
    void otherCriteriaOrAnotherNodeAreMatchedOnTheirOwn() {
        results.matches(ST_MARY, ALL, List.of(vaultList), this::match);
        results.matches(ST_MARY, ALL.withMemberId("M-1"), List.of(vaultList), this::match);
        results.matches(LAKESIDE, ALL, List.of(vaultList), this::match);

        assertThat(matched).hasValue(3);
    }

    @Test
    void aSearchOverSeveralListsIsKeptOnlyWhileEachIsTheSame() {
        List<String> other = List.of("c");
        results.matches(ST_MARY, ALL, List.of(vaultList, other), this::match);
        results.matches(ST_MARY, ALL, List.of(vaultList, other), this::match);
        results.matches(ST_MARY, ALL, List.of(vaultList, List.of("c")), this::match);
        results.matches(ST_MARY, ALL, List.of(vaultList), this::match);

        assertThat(matched).hasValue(3);
    }
}
