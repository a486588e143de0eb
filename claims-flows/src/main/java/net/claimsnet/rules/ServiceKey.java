package net.claimsnet.rules;

import java.time.LocalDate;

/**
 * What makes two services the same for duplicate detection: member, billing provider, procedure and date.
 */
public record ServiceKey(String memberId, String billingProviderNpi, String procedureCode, LocalDate dateOfService) {
}
