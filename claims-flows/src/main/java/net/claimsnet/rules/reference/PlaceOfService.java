package net.claimsnet.rules.reference;

/**
 * A CMS place-of-service code (config/reference/places-of-service.csv).
 *
 * @param code        two digits
 * @param description where, in words
 * @param emergency   care here is emergency care (cost shared as in network, no prior authorization)
 */
public record PlaceOfService(String code, String description, boolean emergency) {
}
