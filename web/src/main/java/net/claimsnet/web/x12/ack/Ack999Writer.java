package net.claimsnet.web.x12.ack;

import net.claimsnet.web.x12.claims.ClaimFileReview;
import net.claimsnet.web.x12.read.X12Issue;
import net.claimsnet.web.x12.read.X12Transaction;
import net.claimsnet.web.x12.write.X12Writer;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes the 999 (005010X231A1) for a reviewed 837 file: per received interchange one interchange
 * back (sender and receiver swapped), per functional group one 999 (AK1), per transaction set an AK2
 * with an IK3 per segment in error (and an IK4 per element), and IK5 A (accepted), E (accepted, errors
 * noted) or R (rejected); AK9 A, E, P (some accepted) or R with the counts.
 */
public final class Ack999Writer {

    public static final String GUIDE = "005010X231A1";

    private Ack999Writer() {
    }

    /** @param controlNumbers the next interchange control number (nine digits) for each interchange written */
    public static String write(ClaimFileReview review, Supplier<String> controlNumbers, LocalDateTime now) {
        X12Writer out = new X12Writer();
        for (ClaimFileReview.Interchange received : review.interchanges()) {
            var isa = received.interchange();
            String control = controlNumbers.get();
            out.interchange(isa.receiverQualifier(), isa.receiverId(), isa.senderQualifier(), isa.senderId(), control,
                    isa.usage(), now);
            int groupNumber = 0;
            for (ClaimFileReview.Group group : received.groups()) {
                groupNumber++;
                out.group("FA", group.group().receiverCode(), group.group().senderCode(), Integer.toString(groupNumber),
                        GUIDE, now);
                out.transaction("999", String.format("%04d", groupNumber), GUIDE);
                out.segment("AK1", group.group().functionalId(), group.group().controlNumber(), group.group().version());
                for (ClaimFileReview.Transaction transaction : group.transactions()) {
                    transactionResponse(out, transaction, group.isRejectedWhole());
                }
                out.segment("AK9", groupCode(group), Integer.toString(group.transactions().size()),
                        Integer.toString(group.transactions().size()), Long.toString(group.acceptedCount()),
                        group.rejectionCodes().isEmpty() ? null : group.rejectionCodes().get(0));
                out.endTransaction();
                out.endGroup();
            }
            out.endInterchange();
        }
        return out.text();
    }

    private static String groupCode(ClaimFileReview.Group group) {
        long accepted = group.acceptedCount();
        if (accepted == 0) {
            return group.transactions().isEmpty() && !group.isRejectedWhole() ? "A" : "R";
        }
        if (accepted < group.transactions().size()) {
            return "P";
        }
        return group.transactions().stream().anyMatch(t -> t.verdict().hasNotes()) ? "E" : "A";
    }

    private static void transactionResponse(X12Writer out, ClaimFileReview.Transaction reviewed, boolean groupRejected) {
        X12Transaction transaction = reviewed.transaction();
        out.segment("AK2", transaction.type(), transaction.controlNumber(), transaction.guide());
        List<X12Issue> issues = reviewed.verdict().issues();
        int i = 0;
        while (i < issues.size()) {
            X12Issue issue = issues.get(i);
            if (!issue.isElementError()) {
                out.segment("IK3", issue.segmentTag(), Integer.toString(issue.segmentPosition()), issue.loopId(), issue.code());
                i++;
                continue;
            }
            out.segment("IK3", issue.segmentTag(), Integer.toString(issue.segmentPosition()), issue.loopId(), "8");
            while (i < issues.size() && issues.get(i).isElementError()
                    && issues.get(i).segmentPosition() == issue.segmentPosition()
                    && issues.get(i).segmentTag().equals(issue.segmentTag())) {
                X12Issue element = issues.get(i);
                String[] position = element.component() > 0
                        ? new String[]{Integer.toString(element.element()), Integer.toString(element.component())}
                        : new String[]{Integer.toString(element.element())};
                out.segment("IK4", position, element.elementReference(), element.code());
                i++;
            }
        }
        List<String> codes = new ArrayList<>();
        String status;
        if (!reviewed.verdict().isSupported()) {
            status = "R";
            codes.add("837".equals(transaction.type()) ? "I6" : "1");
        } else if (reviewed.verdict().isRejected() || groupRejected) {
            status = "R";
            codes.addAll(reviewed.verdict().trailerCodes());
            if (reviewed.verdict().issues().stream().anyMatch(X12Issue::isError)) {
                codes.add("5");
            }
        } else {
            status = reviewed.verdict().hasNotes() ? "E" : "A";
        }
        Object[] elements = new Object[1 + Math.min(codes.size(), 5)];
        elements[0] = status;
        for (int c = 0; c < elements.length - 1; c++) {
            elements[c + 1] = codes.get(c);
        }
        out.segment("IK5", elements);
    }
}
