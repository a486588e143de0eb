package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimState;

import java.util.List;

/** One page of a search: the claims on it, which page, its size, and how many claims matched in all. */
public record ClaimPage(List<ClaimState> claims, int page, int size, long total) {

    public ClaimPage {
        claims = List.copyOf(claims);
    }
}
