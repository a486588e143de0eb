package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient a claim is for, as the claim names them. Names and birth date are PHI:
 * {@link #toString()} leaves them out so that logs do not carry them.
 */
@CordaSerializable
public final class Patient {

    private final String memberId;
    private final String firstName;
    private final String lastName;
    private final LocalDate birthDate;
    private final Sex sex;

    public Patient(
            String memberId,
            String firstName,
            String lastName,
            LocalDate birthDate,
            Sex sex) {
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /** The insurer's member id; it selects coverage and accumulators. */
    public String getMemberId() { return memberId; }

    public String getFirstName() { return firstName; }

    public String getLastName() { return lastName; }

    public LocalDate getBirthDate() { return birthDate; }

    public Sex getSex() { return sex; }

    public Patient withMemberId(String memberId) {
        return new Patient(memberId, firstName, lastName, birthDate, sex);
    }

    public Patient withFirstName(String firstName) {
        return new Patient(memberId, firstName, lastName, birthDate, sex);
    }

    public Patient withLastName(String lastName) {
        return new Patient(memberId, firstName, lastName, birthDate, sex);
    }

    public Patient withBirthDate(LocalDate birthDate) {
        return new Patient(memberId, firstName, lastName, birthDate, sex);
    }

    public Patient withSex(Sex sex) {
        return new Patient(memberId, firstName, lastName, birthDate, sex);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Patient)) return false;
        Patient that = (Patient) o;
        return Objects.equals(memberId, that.memberId)
                && Objects.equals(firstName, that.firstName)
                && Objects.equals(lastName, that.lastName)
                && Objects.equals(birthDate, that.birthDate)
                && Objects.equals(sex, that.sex);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberId, firstName, lastName, birthDate, sex);
    }

    @Override
    public String toString() {
        return "Patient(memberId=" + memberId
                + ", sex=" + sex + ")";
    }
}
