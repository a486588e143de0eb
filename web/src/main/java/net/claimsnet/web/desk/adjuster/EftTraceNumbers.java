package net.claimsnet.web.desk.adjuster;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * New EFT trace numbers (X12 TRN02, at most 50 characters) for payments the desk releases: the date
 * and 12 random hex digits, so that two adjusters (or two items of a batch) never pick the same one.
 */
final class EftTraceNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private EftTraceNumbers() {
    }

    static String next(LocalDate day) {
        long random = RANDOM.nextLong() & 0xFFFF_FFFF_FFFFL;
        return "EFT" + DAY.format(day) + String.format(Locale.ROOT, "%012X", random);
    }
}
