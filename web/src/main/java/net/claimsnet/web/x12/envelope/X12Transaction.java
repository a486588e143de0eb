package net.claimsnet.web.x12.envelope;

import java.util.List;

/**
 * One transaction set as read: ST01, ST02, ST03, the interchange's sender and receiver (ISA05-ISA08,
 * null when ISA did not give a usable one) and control number, and its segments from ST to SE inclusive.
 */
public record X12Transaction(String identifier, String controlNumber, String version, InterchangeParty sender,
                             InterchangeParty receiver, String interchangeControlNumber, List<X12Segment> segments) {

    /** The segments between ST and SE. */
    public List<X12Segment> body() {
        return segments.size() < 2 ? List.of() : segments.subList(1, segments.size() - 1);
    }
}
