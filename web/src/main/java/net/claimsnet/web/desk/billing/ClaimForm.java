package net.claimsnet.web.desk.billing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the clerk types into the new-claim form, as typed: nothing here is checked (that is the
 * mapper's and the scrub rules' job), so a half-filled form can still be checked.
 */
public class ClaimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An ICD-10-CM claim lists at most 12 diagnoses (X12 837P HI segment). */
    public static final int MAX_DIAGNOSES = 12;
    /** A paper-free professional claim holds at most 50 service lines. */
    public static final int MAX_LINES = 50;

    private String memberId;
    private String planId;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String sex;
    private String claimId;
    private String type = "PROFESSIONAL";
    private String subscriberId;
    private String billingProviderNpi;
    private String payerId;
    private final List<DiagnosisEntry> diagnoses = new ArrayList<>();
    private String priorAuthorizationNumber;
    private final List<ServiceLineForm> lines = new ArrayList<>();

    /** An empty form with one diagnosis and one service line to fill, under a fresh claim id. */
    public static ClaimForm blank(String claimId) {
        ClaimForm form = new ClaimForm();
        form.setClaimId(claimId);
        form.addDiagnosis();
        form.addLine();
        return form;
    }

    public boolean canAddDiagnosis() {
        return diagnoses.size() < MAX_DIAGNOSES;
    }

    public void addDiagnosis() {
        if (canAddDiagnosis()) {
            diagnoses.add(new DiagnosisEntry());
        }
    }

    public void removeDiagnosis(int index) {
        if (index >= 0 && index < diagnoses.size()) {
            diagnoses.remove(index);
        }
    }

    public boolean canAddLine() {
        return lines.size() < MAX_LINES;
    }

    /** Adds a line; a new line repeats the previous line's date and place, as the next service usually does. */
    public void addLine() {
        if (!canAddLine()) {
            return;
        }
        ServiceLineForm line = new ServiceLineForm();
        if (!lines.isEmpty()) {
            ServiceLineForm previous = lines.get(lines.size() - 1);
            line.setDateOfService(previous.getDateOfService());
            line.setPlaceOfService(previous.getPlaceOfService());
        }
        lines.add(line);
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getClaimId() {
        return claimId;
    }

    public void setClaimId(String claimId) {
        this.claimId = claimId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSubscriberId() {
        return subscriberId;
    }

    public void setSubscriberId(String subscriberId) {
        this.subscriberId = subscriberId;
    }

    public String getBillingProviderNpi() {
        return billingProviderNpi;
    }

    public void setBillingProviderNpi(String billingProviderNpi) {
        this.billingProviderNpi = billingProviderNpi;
    }

    public String getPayerId() {
        return payerId;
    }

    public void setPayerId(String payerId) {
        this.payerId = payerId;
    }

    public List<DiagnosisEntry> getDiagnoses() {
        return diagnoses;
    }

    public String getPriorAuthorizationNumber() {
        return priorAuthorizationNumber;
    }

    public void setPriorAuthorizationNumber(String priorAuthorizationNumber) {
        this.priorAuthorizationNumber = priorAuthorizationNumber;
    }

    public List<ServiceLineForm> getLines() {
        return lines;
    }

    /** One diagnosis input (a holder, so that the page can bind each row of the list). */
    public static class DiagnosisEntry implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;

        public DiagnosisEntry() {
        }

        public DiagnosisEntry(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }
}
