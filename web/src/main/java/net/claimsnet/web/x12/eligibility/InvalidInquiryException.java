package net.claimsnet.web.x12.eligibility;

import java.util.List;

/** A 270 that cannot be answered: each problem says where (segment position and element) and what is wrong. */
public class InvalidInquiryException extends RuntimeException {

    private final List<String> problems;

    public InvalidInquiryException(List<String> problems) {
        super("The 270 cannot be answered: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
