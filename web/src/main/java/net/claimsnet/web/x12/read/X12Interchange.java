package net.claimsnet.web.x12.read;

import java.util.List;

/**
 * One interchange (ISA..IEA): who sent it to whom (qualifier and id, as in ISA05-08), its control
 * number (ISA13), its usage indicator (ISA15: P production, T test) and its functional groups.
 * {@code envelopeErrors} says what is wrong with the ISA/IEA themselves, in words.
 */
public record X12Interchange(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                             String controlNumber, String usage, List<X12Group> groups, List<String> envelopeErrors) {

    public X12Interchange {
        groups = List.copyOf(groups);
        envelopeErrors = List.copyOf(envelopeErrors);
    }
}
