package net.claimsnet.web.x12.envelope;

import java.util.List;

/**
 * One transaction set as {@link X12DocumentReader} reads it: ST01, ST02, ST03, the interchange's sender and receiver (ISA05-ISA08,
 * null when ISA did not give a usable one) and control number, and its segments from ST to SE inclusive.
 */
public record InterchangeTransaction(String identifier, String controlNumber, String version, InterchangeParty sender,
                             InterchangeParty receiver, String interchangeControlNumber, List<InterchangeSegment> segments) {

    /** The segments between ST and SE. */
    public List<InterchangeSegment> body() {
        return segments.size() < 2 ? List.of() : segments.subList(1, segments.size() - 1);
    }
}
