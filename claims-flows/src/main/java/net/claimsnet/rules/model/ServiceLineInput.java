package net.claimsnet.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One service line as billed. Fields may be missing (null): finding them missing is the scrubber's
 * job, so the input does not refuse them.
 *
 * @param procedureCode     CPT (5 digits, or 4 digits + F/T) or HCPCS Level II (letter + 4 digits)
 * @param modifiers         up to 4 two-character modifiers, in billed order
 * @param units             units of service billed
 * @param charge            billed charge for the line (all units), two decimals
 * @param dateOfService     date the service was rendered
 * @param placeOfService    CMS two-digit place-of-service code, e.g. "11" office, "23" emergency room
 * @param diagnosisPointers 1-based positions in the claim's diagnosis list, most relevant first
 */
public record ServiceLineInput(
        String procedureCode,
        List<String> modifiers,
        int units,
        BigDecimal charge,
        LocalDate dateOfService,
        String placeOfService,
        List<Integer> diagnosisPointers) {

    public ServiceLineInput {
        modifiers = copyOf(modifiers);
        diagnosisPointers = copyOf(diagnosisPointers);
        charge = Money.exact(charge, "Charge");
    }

    // List.copyOf refuses nulls, and a null inside a billed list is something to report, not to crash on.
    static <T> List<T> copyOf(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().procedureCode(procedureCode).modifiers(modifiers).units(units).charge(charge)
                .dateOfService(dateOfService).placeOfService(placeOfService).diagnosisPointers(diagnosisPointers);
    }

    /** Builds a line; units default to 1. */
    public static final class Builder {
        private String procedureCode;
        private List<String> modifiers = List.of();
        private int units = 1;
        private BigDecimal charge;
        private LocalDate dateOfService;
        private String placeOfService;
        private List<Integer> diagnosisPointers = List.of();

        public Builder procedureCode(String procedureCode) {
            this.procedureCode = procedureCode;
            return this;
        }

        public Builder modifiers(List<String> modifiers) {
            this.modifiers = modifiers;
            return this;
        }

        public Builder modifiers(String... modifiers) {
            return modifiers(List.of(modifiers));
        }

        public Builder units(int units) {
            this.units = units;
            return this;
        }

        public Builder charge(BigDecimal charge) {
            this.charge = charge;
            return this;
        }

        public Builder charge(String charge) {
            return charge(charge == null ? null : new BigDecimal(charge));
        }

        public Builder dateOfService(LocalDate dateOfService) {
            this.dateOfService = dateOfService;
            return this;
        }

        public Builder placeOfService(String placeOfService) {
            this.placeOfService = placeOfService;
            return this;
        }

        public Builder diagnosisPointers(List<Integer> diagnosisPointers) {
            this.diagnosisPointers = diagnosisPointers;
            return this;
        }

        public Builder diagnosisPointers(Integer... diagnosisPointers) {
            return diagnosisPointers(List.of(diagnosisPointers));
        }

        public ServiceLineInput build() {
            return new ServiceLineInput(procedureCode, modifiers, units, charge, dateOfService, placeOfService,
                    diagnosisPointers);
        }
    }
}
