package net.claimsnet.web.desk.claims;

import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;

import java.io.Serializable;

/** Where a list reads its claims: the desk's search as the current user (serializable, as view state is). */
@FunctionalInterface
public interface ClaimSearches extends Serializable {

    ClaimPage search(ClaimSearch search);
}
