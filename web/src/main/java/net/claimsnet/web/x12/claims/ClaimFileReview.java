package net.claimsnet.web.x12.claims;

import net.claimsnet.web.x12.read.NotX12Exception;
import net.claimsnet.web.x12.read.X12Group;
import net.claimsnet.web.x12.read.X12Interchange;
import net.claimsnet.web.x12.read.X12Reader;
import net.claimsnet.web.x12.read.X12Transaction;

import java.util.ArrayList;
import java.util.List;

/**
 * An 837 file read, checked against its guides and mapped: per interchange, per functional group, per
 * transaction set, the guide's verdict and the claims of each accepted transaction set. This is all a
 * 999 needs and all the submission needs; it touches no ledger. A group whose GE count or control
 * number is wrong, or that is not a claims group (GS01 HC), is rejected whole; an interchange without
 * a group is left out (a file of nothing but such interchanges is not X12 this node can answer).
 */
public record ClaimFileReview(List<Interchange> interchanges) {

    private static final X12Reader READER = new X12Reader();

    public record Interchange(X12Interchange interchange, List<Group> groups) {
    }

    /** {@code rejectionCodes}: the 999's AK905 codes when the group is rejected whole. */
    public record Group(X12Group group, List<Transaction> transactions, List<String> rejectionCodes) {

        public boolean isRejectedWhole() {
            return !rejectionCodes.isEmpty();
        }

        public long acceptedCount() {
            return isRejectedWhole() ? 0 : transactions.stream().filter(t -> !t.verdict().isRejected()).count();
        }
    }

    public record Transaction(X12Transaction transaction, ClaimGuide.Verdict verdict, List<Mapped837Claim> claims) {
    }

    /** Reads, checks and maps; a file that is not X12 is a {@link net.claimsnet.web.x12.read.NotX12Exception}. */
    public static ClaimFileReview of(byte[] content) {
        List<Interchange> interchanges = new ArrayList<>();
        for (X12Interchange interchange : READER.read(content)) {
            List<Group> groups = new ArrayList<>();
            for (X12Group group : interchange.groups()) {
                List<String> codes = new ArrayList<>(group.trailerCodes());
                if (!"HC".equals(group.functionalId())) {
                    codes.add("1");
                }
                if (!interchange.envelopeErrors().isEmpty() && codes.isEmpty()) {
                    codes.add("5");
                }
                List<Transaction> transactions = new ArrayList<>();
                for (X12Transaction transaction : group.transactions()) {
                    ClaimGuide.Verdict verdict = ClaimGuide.check(transaction);
                    List<Mapped837Claim> claims = verdict.isRejected() || !codes.isEmpty() ? List.of()
                            : Claim837Mapper.map(transaction, verdict);
                    transactions.add(new Transaction(transaction, verdict, claims));
                }
                groups.add(new Group(group, transactions, codes));
            }
            if (!groups.isEmpty()) {
                interchanges.add(new Interchange(interchange, groups));
            }
        }
        if (interchanges.isEmpty()) {
            throw new NotX12Exception("The file's interchanges hold no functional group (GS..GE): there is no claim to acknowledge");
        }
        return new ClaimFileReview(List.copyOf(interchanges));
    }

    /** Every claim of every accepted transaction set, in the file's order. */
    public List<Mapped837Claim> acceptedClaims() {
        List<Mapped837Claim> claims = new ArrayList<>();
        for (Interchange interchange : interchanges) {
            for (Group group : interchange.groups()) {
                for (Transaction transaction : group.transactions()) {
                    claims.addAll(transaction.claims());
                }
            }
        }
        return claims;
    }

    public long transactionCount() {
        return interchanges.stream().flatMap(i -> i.groups().stream()).mapToLong(g -> g.transactions().size()).sum();
    }

    public long acceptedTransactionCount() {
        return interchanges.stream().flatMap(i -> i.groups().stream()).mapToLong(Group::acceptedCount).sum();
    }

    /** The control numbers (ISA13) of the file's interchanges, in order. */
    public List<String> controlNumbers() {
        return interchanges.stream().map(i -> i.interchange().controlNumber()).toList();
    }
}
