package net.claimsnet.flows.claim;

import net.corda.core.serialization.CordaSerializable;

import java.util.List;

/** A party's read log of one claim, newest first, as it answers the auditor. */
@CordaSerializable
public final class ReadLogAnswer {

    private final List<ReadLogRecord> records;

    public ReadLogAnswer(List<ReadLogRecord> records) {
        this.records = List.copyOf(records);
    }

    public List<ReadLogRecord> getRecords() {
        return records;
    }
}
