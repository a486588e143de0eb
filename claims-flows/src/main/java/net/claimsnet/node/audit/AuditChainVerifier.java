package net.claimsnet.node.audit;

import net.claimsnet.flows.audit.SignedAuditHead;
import net.claimsnet.node.audit.AuditChainVerdict.Kind;
import net.claimsnet.node.audit.AuditChainVerdict.Problem;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a node's audit chain from its first row to its last, page by page, and reports what was
 * changed: a row whose fields no longer give its hash (edited), a gap in the numbers (deleted), a row
 * without a number, with another's number or pushing the rest down (inserted), a row whose successor
 * does not link to it (edited and re-hashed), and — against the signed heads, the node's own and the
 * auditor's copies — rows re-hashed all the way to the end, rows cut off the end (truncated) and a tail
 * left unsigned longer than the signing policy allows.
 *
 * <p>What no check can tell: rows appended after the newest signed head by someone who recomputed
 * their hashes; they are signed with the next head. Hence the short signing interval.
 */
public final class AuditChainVerifier {

    /** The problems a verdict lists (it counts them all). */
    public static final int MAX_LISTED = 20;
    private static final int PAGE = 5_000;
    /** How far a renumbered row's number is searched (an intruder who inserts or deletes a few rows). */
    private static final int MAX_SHIFT = 64;

    private final AuditChainStore store;
    private final PublicKey nodeKey;
    private final AuditSettings settings;
    private final Clock clock;

    public AuditChainVerifier(AuditChainStore store, PublicKey nodeKey, AuditSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.nodeKey = Objects.requireNonNull(nodeKey, "nodeKey");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AuditChainVerdict verify(String chain, List<SignedAuditHead> ownHeads, List<SignedAuditHead> auditorHeads) {
        Problems problems = new Problems();
        Map<Long, SignedHead> heads = validHeads(ownHeads, auditorHeads, problems);
        long signedUpTo = heads.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        Walk walk = new Walk(problems, heads, signedUpTo);
        List<AuditRow> page = store.page(Long.MIN_VALUE, Long.MIN_VALUE, PAGE);
        while (!page.isEmpty()) {
            page.forEach(walk::check);
            AuditRow last = page.get(page.size() - 1);
            page = store.page(last.seq(), last.rowId(), PAGE);
        }
        for (Long rowId : store.unchainedRowIds(MAX_LISTED + 1)) {
            problems.add(0, Kind.INSERTED, "row id " + rowId + " has no number: the chain never had it");
        }
        checkAgainstHeads(heads, walk, problems);
        long unsigned = Math.max(0, walk.lastSeq - Math.min(signedUpTo, walk.lastSeq));
        checkUnsignedTail(walk, signedUpTo, unsigned, problems);
        return new AuditChainVerdict(chain, walk.checked, walk.lastSeq, ownHeads.size(), auditorHeads.size(),
                Math.min(signedUpTo, walk.lastSeq), unsigned, problems.count, problems.listed());
    }

    /** The heads signed with the node's key, by row number (the auditor's copy where both have one). */
    private Map<Long, SignedHead> validHeads(List<SignedAuditHead> own, List<SignedAuditHead> auditors, Problems problems) {
        Map<Long, SignedHead> valid = new HashMap<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (SignedHead head : sources(own, auditors)) {
            String key = head.head.getSeq() + " " + head.head.getHash() + " " + head.head.getSignedAt();
            if (seen.putIfAbsent(key, Boolean.TRUE) != null) {
                continue;
            }
            if (!head.head.isSignedBy(nodeKey)) {
                problems.add(head.head.getSeq(), Kind.BAD_SIGNATURE, "the head for row " + head.head.getSeq() + " held by "
                        + head.source + " is not signed with this node's key");
            } else {
                valid.putIfAbsent(head.head.getSeq(), head);
            }
        }
        return valid;
    }

    private static List<SignedHead> sources(List<SignedAuditHead> own, List<SignedAuditHead> auditors) {
        List<SignedHead> all = new ArrayList<>();
        auditors.forEach(h -> all.add(new SignedHead(h, "the auditor")));
        own.forEach(h -> all.add(new SignedHead(h, "this node")));
        return all;
    }

    private static void checkAgainstHeads(Map<Long, SignedHead> heads, Walk walk, Problems problems) {
        heads.values().stream().sorted(Comparator.comparingLong(h -> h.head.getSeq())).forEach(signed -> {
            long seq = signed.head.getSeq();
            if (seq > walk.lastSeq) {
                problems.add(walk.lastSeq + 1, Kind.TRUNCATED, "rows " + (walk.lastSeq + 1) + " to " + seq
                        + " are gone: the chain ends at row " + walk.lastSeq + " but " + signed.source
                        + " holds a head signed at " + signed.head.getSignedAt() + " for row " + seq);
                return;
            }
            String hash = walk.hashesAtHeads.get(seq);
            if (hash != null && !hash.equals(signed.head.getHash())) {
                problems.add(seq, Kind.EDITED, "row " + seq + " is not the row signed at " + signed.head.getSignedAt()
                        + " (head held by " + signed.source + "): rows up to it were changed and their hashes recomputed");
            }
        });
    }

    private void checkUnsignedTail(Walk walk, long signedUpTo, long unsigned, Problems problems) {
        if (unsigned == 0 || walk.firstUnsignedAt == null) {
            return;
        }
        // The signer signs after rowsPerHead rows or headInterval; allow one more of each (and a batch) before alarm.
        long rowsAllowed = 2L * settings.rowsPerHead() + AuditAppender.MAX_BATCH_ROWS;
        Instant oldestAllowed = clock.instant().minus(settings.headInterval().multipliedBy(2)).minusSeconds(60);
        if (unsigned > rowsAllowed || walk.firstUnsignedAt.isBefore(oldestAllowed)) {
            problems.add(signedUpTo + 1, Kind.UNSIGNED_TAIL, unsigned + " rows from row " + (signedUpTo + 1)
                    + " (written " + walk.firstUnsignedAt + ") are covered by no signed head; heads are signed every "
                    + settings.rowsPerHead() + " rows or " + settings.headInterval().toMinutes() + " min");
        }
    }

    private record SignedHead(SignedAuditHead head, String source) {
    }

    /** One pass over the rows in order, remembering the two rows before the current one. */
    private static final class Walk {
        private final Problems problems;
        private final Map<Long, SignedHead> heads;
        private final long signedUpTo;
        private final Map<Long, String> hashesAtHeads = new HashMap<>();
        private long checked;
        private long lastSeq;
        private String previousHash = AuditRowHash.GENESIS;
        private String beforePreviousHash;
        private boolean previousIntact = true;
        private long lastShift;
        private Instant firstUnsignedAt;

        Walk(Problems problems, Map<Long, SignedHead> heads, long signedUpTo) {
            this.problems = problems;
            this.heads = heads;
            this.signedUpTo = signedUpTo;
        }

        void check(AuditRow row) {
            checked++;
            long seq = row.seq();
            if (seq < 1) {
                problems.add(seq, Kind.INSERTED, "row id " + row.rowId() + " has the number " + seq + ", before the first row");
                return;
            }
            if (seq == lastSeq) {
                problems.add(seq, Kind.INSERTED, "row id " + row.rowId() + " is a second row numbered " + seq);
                return;
            }
            boolean intact = row.hashMatches();
            long shift = 0;
            if (!intact) {
                shift = renumberedBy(row);
                if (shift != 0 && shift == lastShift) {
                    // The same renumbering as the row before: one problem, already reported.
                } else if (shift > 0) {
                    problems.add(seq - shift, Kind.INSERTED, shift + " row(s) were inserted before row " + (seq - shift)
                            + ", which is now numbered " + seq);
                } else if (shift < 0) {
                    problems.add(seq, Kind.DELETED, -shift + " row(s) before row " + (seq - shift)
                            + " were deleted and the rows after renumbered (it is now numbered " + seq + ")");
                } else {
                    problems.add(seq, Kind.EDITED, "row " + seq + " was changed: its fields no longer give its hash");
                }
            } else if (seq > lastSeq + 1) {
                problems.add(lastSeq + 1, Kind.DELETED, (lastSeq + 1 == seq - 1 ? "row " + (lastSeq + 1) + " is"
                        : "rows " + (lastSeq + 1) + " to " + (seq - 1) + " are") + " missing");
            } else if (!row.previousHash().equals(previousHash)) {
                if (row.previousHash().equals(beforePreviousHash)) {
                    problems.add(lastSeq, Kind.INSERTED, "row " + lastSeq + " is not in the chain: row " + seq
                            + " links to the row before it");
                } else if (previousIntact) {
                    problems.add(lastSeq, Kind.EDITED, "row " + lastSeq + " was changed and its hash recomputed: row " + seq
                            + " does not link to it");
                }
            }
            lastShift = shift;
            beforePreviousHash = previousHash;
            previousHash = row.hash();
            previousIntact = intact;
            lastSeq = seq;
            if (heads.containsKey(seq)) {
                hashesAtHeads.put(seq, row.hash());
            }
            if (firstUnsignedAt == null && seq > signedUpTo) {
                firstUnsignedAt = row.event().at();
            }
        }

        /** How far the row's number moved since it was hashed: + rows inserted before it, - rows deleted; 0 if not found. */
        private static long renumberedBy(AuditRow row) {
            for (int d = 1; d <= MAX_SHIFT; d++) {
                if (row.seq() - d >= 1 && row.hashMatchesAt(row.seq() - d)) {
                    return d;
                }
                if (row.hashMatchesAt(row.seq() + d)) {
                    return -d;
                }
            }
            return 0;
        }
    }

    /** Problems counted, the lowest-numbered ones kept. */
    private static final class Problems {
        private final List<Problem> kept = new ArrayList<>();
        private long count;

        void add(long seq, Kind kind, String why) {
            count++;
            kept.add(new Problem(seq, kind, why));
            if (kept.size() > 4 * MAX_LISTED) {
                trim();
            }
        }

        List<Problem> listed() {
            trim();
            return List.copyOf(kept);
        }

        private void trim() {
            kept.sort(Comparator.comparingLong(Problem::seq));
            while (kept.size() > MAX_LISTED) {
                kept.remove(kept.size() - 1);
            }
        }
    }
}
