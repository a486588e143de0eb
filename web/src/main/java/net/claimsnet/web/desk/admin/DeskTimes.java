package net.claimsnet.web.desk.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as the admin pages show them: to the second, in UTC, the zone the node's records keep. */
final class DeskTimes {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private DeskTimes() {
    }

    static String text(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
