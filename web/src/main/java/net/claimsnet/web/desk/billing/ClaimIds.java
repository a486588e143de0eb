package net.claimsnet.web.desk.billing;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Fresh claim ids for the form: the day and eight random base-36 characters (CLM-20261204-4K7Q2ZP9),
 * short enough to read over the phone, and with 36^8 (2.8e12) choices a day, practically unique.
 */
public final class ClaimIds {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int RANDOM_CHARACTERS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClaimIds() {
    }

    public static String fresh(LocalDate today) {
        StringBuilder id = new StringBuilder("CLM-").append(today.format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
