package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.ClaimOrder;

import java.io.Serializable;

/** Where a lazy claim table reads its pages: a desk search, or several merged. */
@FunctionalInterface
interface ClaimRowSource extends Serializable {

    /** Page {@code page} (from 0) of {@code size} rows in the given order. */
    ClaimRows rows(ClaimOrder order, int page, int size);
}
