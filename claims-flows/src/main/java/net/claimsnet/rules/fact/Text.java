package net.claimsnet.rules.fact;

/** String tests the rule files import as functions, so that constraints read as the rule says. */
public final class Text {

    private Text() {
    }

    /** Missing or only spaces. */
    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
