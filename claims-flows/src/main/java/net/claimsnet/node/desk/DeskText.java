package net.claimsnet.node.desk;

/** A text field of a desk request: required, trimmed, bounded; refused naming the field. */
final class DeskText {

    /** A member id, as the API's identifiers are bounded. */
    static final int LONGEST_IDENTIFIER = 64;
    /** A party's organisation or X.500 name; longer than any on the network map. */
    static final int LONGEST_PARTY_NAME = 256;

    private DeskText() {
    }

    static String required(String value, String field, int longest) {
        if (value == null || value.isBlank()) {
            throw new InvalidDeskInputException(field, "The " + field + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > longest) {
            throw new InvalidDeskInputException(field, "The " + field + " is at most " + longest + " characters; was " + trimmed.length());
        }
        return trimmed;
    }
}
