package net.claimsnet.web.fhir;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.ClaimNotFoundException;
import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.states.ClaimState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The claims a FHIR search finds, read through the desk (its scope, roles and audit). */
final class ClaimLookups {

    /** The most claims one member search returns: a member with more pages through the desk or the API. */
    static final int MAX_CLAIMS = 500;

    private ClaimLookups() {
    }

    /** The claim, if it is in the caller's scope (a search finds nothing rather than 404). */
    static Optional<ClaimState> claim(ClaimDesk desk, DeskUser caller, String id) {
        try {
            return Optional.of(desk.claim(caller, id));
        } catch (ClaimNotFoundException e) {
            return Optional.empty();
        }
    }

    static List<ClaimState> ofMember(ClaimDesk desk, DeskUser caller, String memberId) {
        List<ClaimState> claims = new ArrayList<>();
        ClaimSearch search = ClaimSearch.all().withMemberId(memberId);
        for (int page = 0; claims.size() < MAX_CLAIMS; page++) {
            ClaimPage found = desk.search(caller, search.withPage(page, ClaimSearch.MAX_SIZE));
            claims.addAll(found.claims());
            if (found.claims().size() < ClaimSearch.MAX_SIZE) {
                break;
            }
        }
        return claims;
    }
}
