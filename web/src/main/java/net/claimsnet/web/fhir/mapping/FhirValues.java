package net.claimsnet.web.fhir.mapping;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** Reading FHIR values the way the claim mapping reads them: the coding of a known system, and dates as local dates. */
final class FhirValues {

    private FhirValues() {
    }

    /** The coding of one of the systems, else the only coding there is; -1 when none fits. */
    static int choose(List<Coding> codings, Set<String> systems) {
        for (int i = 0; i < codings.size(); i++) {
            if (codings.get(i).hasSystem() && systems.contains(codings.get(i).getSystem()) && codings.get(i).hasCode()) {
                return i;
            }
        }
        return codings.size() == 1 && codings.get(0).hasCode() ? 0 : -1;
    }

    static String codeIn(CodeableConcept concept, String system) {
        if (concept == null) {
            return null;
        }
        for (Coding coding : concept.getCoding()) {
            if ((system.equals(coding.getSystem()) || !coding.hasSystem()) && coding.hasCode()) {
                return coding.getCode();
            }
        }
        return null;
    }

    static LocalDate localDate(DateType date) {
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    static LocalDate toLocalDate(Date date) {
        return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
