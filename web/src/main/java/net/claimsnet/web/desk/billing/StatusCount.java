package net.claimsnet.web.desk.billing;

import java.io.Serializable;

/** How many of the clerk's claims are in one status (a bean with getters, for EL). */
public final class StatusCount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String status;
    private final long count;

    public StatusCount(String status, long count) {
        this.status = status;
        this.count = count;
    }

    public String getStatus() {
        return status;
    }

    public long getCount() {
        return count;
    }
}
