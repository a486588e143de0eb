package net.claimsnet.web.x12.eligibility;

import net.claimsnet.web.x12.envelope.InterchangeParty;

import java.time.LocalDate;
import java.util.List;

/**
 * One subscriber asked about in a 270: who asks (the 2100B receiver), whom (2100C member id, name,
 * birth date), for which date and service types, with the trace numbers and reference the 271 echoes.
 *
 * @param sender the interchange's sender (ISA05/ISA06), to whom the 271 goes
 * @param reference BHT03, the inquiry's reference the 271 repeats
 * @param traces TRN segments of the subscriber loop (TRN02, TRN03), echoed as TRN*2
 */
public record EligibilityInquiry(InterchangeParty sender, String reference, String receiverEntityType, String receiverName,
                                 String receiverQualifier,
                                 String receiverId, String memberId, String lastName, String firstName, LocalDate birthDate,
                                 LocalDate serviceDate, List<String> serviceTypes, List<Trace> traces) {

    /** TRN02 (the trace number) and TRN03 (who assigned it). */
    public record Trace(String number, String originator) {
    }
}
