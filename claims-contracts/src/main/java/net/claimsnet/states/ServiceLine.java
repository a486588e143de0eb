package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One billed service: what was done, how often, for how much, when, where and why
 * (pointers into the claim's diagnosis codes, 1-based).
 */
@CordaSerializable
public final class ServiceLine {

    private final int sequence;
    private final String procedureCode;
    private final List<String> modifiers;
    private final int units;
    private final BigDecimal charge;
    private final LocalDate dateOfService;
    private final String placeOfService;
    private final List<Integer> diagnosisPointers;

    public ServiceLine(
            int sequence,
            String procedureCode,
            List<String> modifiers,
            int units,
            BigDecimal charge,
            LocalDate dateOfService,
            String placeOfService,
            List<Integer> diagnosisPointers) {
        this.sequence = sequence;
        this.procedureCode = procedureCode;
        this.modifiers = modifiers == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(modifiers));
        this.units = units;
        this.charge = charge;
        this.dateOfService = dateOfService;
        this.placeOfService = placeOfService;
        this.diagnosisPointers = diagnosisPointers == null ? Collections.<Integer>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(diagnosisPointers));
    }

    /** 1-based position of the line on the claim. */
    public int getSequence() { return sequence; }

    /** CPT or HCPCS code. */
    public String getProcedureCode() { return procedureCode; }

    /** Up to 4 procedure modifiers. */
    public List<String> getModifiers() { return modifiers; }

    public int getUnits() { return units; }

    /** Billed amount for the line, 2 decimals. */
    public BigDecimal getCharge() { return charge; }

    public LocalDate getDateOfService() { return dateOfService; }

    /** CMS place-of-service code, 2 digits. */
    public String getPlaceOfService() { return placeOfService; }

    /** 1-based indexes into the claim's diagnosis codes, 1 to 4 of them. */
    public List<Integer> getDiagnosisPointers() { return diagnosisPointers; }

    public ServiceLine withSequence(int sequence) {
        return new ServiceLine(sequence, procedureCode, modifiers, units, charge, dateOfService, placeOfService, diagnosisPointers);
    }

    public ServiceLine withProcedureCode(String procedureCode) {
        return new ServiceLine(sequence, procedureCode, modifiers, units, charge, dateOfService, placeOfService, diagnosisPointers);
    }

    public ServiceLine withModifiers(List<String> modifiers) {
        return new ServiceLine(sequence, procedureCode, modifiers, units, charge, dateOfService, placeOfService, diagnosisPointers);
    }

    public ServiceLine withUnits(int units) {
        return new ServiceLine(sequence, procedureCode, modifiers, units, charge, dateOfService, placeOfService, diagnosisPointers);
    }

    public ServiceLine withCharge(BigDecimal charge) {
        return new ServiceLine(sequence, procedureCode, modifiers, units, charge, dateOfService, placeOfService, diagnosisPointers);
    }

    public ServiceLine withDateOfService(LocalDate dateOfService) {
        return new ServiceLine(sequence, procedureCode, modifiers, units, charge, dateOfService, placeOfService, diagnosisPointers);
    }

    public ServiceLine withPlaceOfService(String placeOfService) {
        return new ServiceLine(sequence, procedureCode, modifiers, units, charge, dateOfService, placeOfService, diagnosisPointers);
    }

    public ServiceLine withDiagnosisPointers(List<Integer> diagnosisPointers) {
        return new ServiceLine(sequence, procedureCode, modifiers, units, charge, dateOfService, placeOfService, diagnosisPointers);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ServiceLine)) return false;
        ServiceLine that = (ServiceLine) o;
        return sequence == that.sequence
                && Objects.equals(procedureCode, that.procedureCode)
                && Objects.equals(modifiers, that.modifiers)
                && units == that.units
                && Objects.equals(charge, that.charge)
                && Objects.equals(dateOfService, that.dateOfService)
                && Objects.equals(placeOfService, that.placeOfService)
                && Objects.equals(diagnosisPointers, that.diagnosisPointers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, procedureCode, modifiers, units, charge, dateOfService, placeOfService, diagnosisPointers);
    }

    @Override
    public String toString() {
        return "ServiceLine(sequence=" + sequence
                + ", procedureCode=" + procedureCode
                + ", modifiers=" + modifiers
                + ", units=" + units
                + ", charge=" + charge
                + ", dateOfService=" + dateOfService
                + ", placeOfService=" + placeOfService
                + ", diagnosisPointers=" + diagnosisPointers + ")";
    }
}
