package net.claimsnet.web.x12.read;

import java.util.List;

/**
 * One transaction set (ST..SE) as read: its type (ST01), control number (ST02), implementation guide
 * (ST03, or the group's GS08 when ST03 is empty), its segments from ST to SE, and what the reader
 * found wrong with its syntax and counts ({@code trailerCodes}: the 999's IK502 codes, e.g. 4 for a
 * wrong SE01 count).
 */
public record X12Transaction(String type, String controlNumber, String guide, List<X12Segment> segments,
                             List<X12Issue> syntaxIssues, List<String> trailerCodes) {

    public X12Transaction {
        segments = List.copyOf(segments);
        syntaxIssues = List.copyOf(syntaxIssues);
        trailerCodes = List.copyOf(trailerCodes);
    }
}
