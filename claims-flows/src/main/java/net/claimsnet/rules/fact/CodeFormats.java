package net.claimsnet.rules.fact;

/**
 * The shapes of codes on a claim. Rules decide what a malformed code means; this class only says
 * whether a code is well formed. Checked character by character: these run for every line of every
 * claim, and a regular expression costs more than the rest of a line's scrubbing.
 */
public final class CodeFormats {

    private CodeFormats() {
    }

    /** Letter, digit, letter-or-digit, then optionally a dot and 1-4 letters or digits (DOMAIN.md). */
    public static boolean isIcd10Cm(String code) {
        if (code == null || code.length() < 3 || code.length() == 4 || code.length() > 8) {
            return false;
        }
        if (!isUpper(code.charAt(0)) || !isDigit(code.charAt(1)) || !isUpperOrDigit(code.charAt(2))) {
            return false;
        }
        if (code.length() == 3) {
            return true;
        }
        if (code.charAt(3) != '.') {
            return false;
        }
        for (int i = 4; i < code.length(); i++) {
            if (!isUpperOrDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** CPT: 5 digits, or 4 digits + F (performance measure) or T (emerging technology); HCPCS II: letter + 4 digits. */
    public static boolean isCptOrHcpcs(String code) {
        if (code == null || code.length() != 5) {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (!isDigit(code.charAt(i))) {
                return false;
            }
        }
        char first = code.charAt(0);
        char last = code.charAt(4);
        if (isUpper(first)) {
            return isDigit(last);
        }
        return isDigit(first) && (isDigit(last) || last == 'F' || last == 'T');
    }

    public static boolean isPlaceOfService(String code) {
        return code != null && code.length() == 2 && isDigit(code.charAt(0)) && isDigit(code.charAt(1));
    }

    /**
     * An NPI is ten digits whose last is a Luhn check digit computed over the prefix 80840 and the
     * first nine digits (the NPI standard's card-issuer prefix).
     */
    public static boolean isNpi(String npi) {
        if (npi == null || npi.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (!isDigit(npi.charAt(i))) {
                return false;
            }
        }
        return luhnCheckDigit("80840" + npi.substring(0, 9)) == npi.charAt(9) - '0';
    }

    static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isUpper(char ch) {
        return ch >= 'A' && ch <= 'Z';
    }

    private static boolean isUpperOrDigit(char ch) {
        return isUpper(ch) || isDigit(ch);
    }
}
