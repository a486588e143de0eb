package net.claimsnet.web.desk.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.node.desk.EnrolledCoverage;
import net.claimsnet.node.desk.Enrollment;
import net.claimsnet.states.CoverageState;
import net.claimsnet.web.desk.DeskCalls;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The one-member enrolment form: member, subscriber, plan and period, enrolled through the coverage
 * desk as POST /api/coverages would; the desk's refusal (a bad member id, an overlapping coverage)
 * shows on the page and the form keeps what was typed.
 */
@Named
@ViewScoped
public class EnrolmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeskCalls desk;

    @Inject
    private transient EnrolmentNode node;

    private String memberId;
    private String subscriberId;
    private String planId;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    /** What the last enrolment made, shown under the form: "coverage id, plan, period". */
    private String lastEnrolled;

    public void enrol() {
        if (!node.isAvailable()) {
            desk.error("Members cannot be enrolled on this node", node.getUnavailableReason());
            return;
        }
        Enrollment enrollment = new Enrollment(memberId, subscriberId, planId, effectiveFrom, effectiveTo);
        desk.attempt(() -> desk.coverages().enroll(desk.user().deskUser(), enrollment)).ifPresent(this::enrolled);
    }

    private void enrolled(EnrolledCoverage enrolled) {
        CoverageState coverage = enrolled.coverage();
        lastEnrolled = "Coverage " + enrolled.id() + ": member " + coverage.getMemberId() + " on " + coverage.getPlanName()
                + " (" + coverage.getPlanId() + "), " + coverage.getPeriodStart() + " to " + coverage.getPeriodEnd();
        desk.info("Member " + coverage.getMemberId() + " is enrolled", lastEnrolled);
        memberId = null;
        subscriberId = null;
        effectiveTo = null;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getSubscriberId() {
        return subscriberId;
    }

    public void setSubscriberId(String subscriberId) {
        this.subscriberId = subscriberId;
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    public String getLastEnrolled() {
        return lastEnrolled;
    }
}
