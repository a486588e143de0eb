package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Why the insurer set a claim aside for an adjuster: the reason codes of the rules or the adjuster
 * that pended it (e.g. {@code OA-133}, "pending further review", or {@link #REVIEW} for a claim
 * held as a whole) and an optional note in words. The note is shared with the provider and the
 * auditor: it names the review, never the patient (no PHI); the details stay in the insurer's
 * rule trace.
 */
@CordaSerializable
public final class PendReason {

    /** The code of a claim held for review as a whole (the rules' claim-level hold, or an adjuster's choice). */
    public static final String REVIEW = "REVIEW";

    private final List<String> codes;
    private final String note;

    public PendReason(List<String> codes, String note) {
        this.codes = codes == null ? Collections.<String>emptyList() : Collections.unmodifiableList(new ArrayList<>(codes));
        this.note = note;
    }

    /** Held for review, with no more said. */
    public static PendReason review() {
        return new PendReason(Collections.singletonList(REVIEW), null);
    }

    /** The reason codes, at least one on every pend. */
    public List<String> getCodes() { return codes; }

    /** Why, in words without PHI; null if the codes say it all. */
    public String getNote() { return note; }

    public PendReason withCodes(List<String> codes) {
        return new PendReason(codes, note);
    }

    public PendReason withNote(String note) {
        return new PendReason(codes, note);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PendReason)) return false;
        PendReason that = (PendReason) o;
        return codes.equals(that.codes) && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(codes, note);
    }

    @Override
    public String toString() {
        return "PendReason(codes=" + codes + ")";
    }
}
