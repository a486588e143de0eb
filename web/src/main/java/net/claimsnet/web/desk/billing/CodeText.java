package net.claimsnet.web.desk.billing;

import java.io.Serializable;

/** A reference code with its words, for pickers (a bean with getters, for EL). */
public final class CodeText implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String description;

    public CodeText(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    /** "11 · Office": what a picker lists. */
    public String getLabel() {
        return description == null || description.isBlank() ? code : code + " · " + description;
    }
}
