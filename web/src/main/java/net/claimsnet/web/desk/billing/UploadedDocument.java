package net.claimsnet.web.desk.billing;

import java.io.Serializable;

/** A document uploaded for an answer, as the page lists it before it is sent: its name, size and hash. */
public final class UploadedDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long size;
    private final String hash;

    public UploadedDocument(String fileName, long size, String hash) {
        this.fileName = fileName;
        this.size = size;
        this.hash = hash;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }

    public String getHash() {
        return hash;
    }
}
