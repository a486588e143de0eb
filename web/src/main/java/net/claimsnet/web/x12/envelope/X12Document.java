package net.claimsnet.web.x12.envelope;

import java.util.List;

/** What an X12 file held: its transaction sets, and every error StAEDI reported (envelope and guide). */
public record X12Document(List<InterchangeTransaction> transactions, List<X12Error> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }
}
