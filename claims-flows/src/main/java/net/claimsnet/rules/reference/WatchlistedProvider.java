package net.claimsnet.rules.reference;

import java.time.LocalDate;

/**
 * A billing provider under review by the special investigations unit (config/reference/provider-watchlist.csv).
 *
 * @param npi      the provider's NPI
 * @param reason   why it is watched
 * @param listedOn when it was put on the list
 */
public record WatchlistedProvider(String npi, String reason, LocalDate listedOn) {
}
