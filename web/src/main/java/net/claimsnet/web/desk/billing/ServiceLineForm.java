package net.claimsnet.web.desk.billing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One service line of the claim form, as typed; diagnosis pointers are typed as "1, 2". */
public class ServiceLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** X12 837P SV1: at most four procedure modifiers per line. */
    public static final int MAX_MODIFIERS = 4;

    private String procedureCode;
    private List<String> modifiers = new ArrayList<>();
    private Integer units = 1;
    private BigDecimal charge;
    private LocalDate dateOfService;
    /** Office, the most common place of a professional service. */
    private String placeOfService = "11";
    private String diagnosisPointers = "1";

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public List<String> getModifiers() {
        return modifiers;
    }

    public void setModifiers(List<String> modifiers) {
        this.modifiers = modifiers == null ? new ArrayList<>() : new ArrayList<>(modifiers);
    }

    public Integer getUnits() {
        return units;
    }

    public void setUnits(Integer units) {
        this.units = units;
    }

    public BigDecimal getCharge() {
        return charge;
    }

    public void setCharge(BigDecimal charge) {
        this.charge = charge;
    }

    public LocalDate getDateOfService() {
        return dateOfService;
    }

    public void setDateOfService(LocalDate dateOfService) {
        this.dateOfService = dateOfService;
    }

    public String getPlaceOfService() {
        return placeOfService;
    }

    public void setPlaceOfService(String placeOfService) {
        this.placeOfService = placeOfService;
    }

    public String getDiagnosisPointers() {
        return diagnosisPointers;
    }

    public void setDiagnosisPointers(String diagnosisPointers) {
        this.diagnosisPointers = diagnosisPointers;
    }
}
