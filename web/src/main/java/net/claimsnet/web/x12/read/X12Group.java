package net.claimsnet.web.x12.read;

import java.util.List;

/**
 * One functional group (GS..GE): its functional identifier (GS01, HC for claims), control number
 * (GS06), version (GS08), sender and receiver codes, its transaction sets, and its trailer errors
 * (the 999's AK905 codes, e.g. 5 for a wrong GE01 count).
 */
public record X12Group(String functionalId, String controlNumber, String version, String senderCode,
                       String receiverCode, List<X12Transaction> transactions, List<String> trailerCodes) {

    public X12Group {
        transactions = List.copyOf(transactions);
        trailerCodes = List.copyOf(trailerCodes);
    }
}
