package net.claimsnet.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * The one R4 {@link FhirContext} of the node and its validator. A context takes about a second to
 * build (it scans the model) and a validator several more on its first use (it loads the base
 * StructureDefinitions and value sets), so both are made once, on first use, and shared: HAPI's
 * context, parsers made from it and the validator are thread-safe.
 */
public final class FhirR4 {

    private FhirR4() {
    }

    /** The shared R4 context. */
    public static FhirContext context() {
        return ContextHolder.CONTEXT;
    }

    /**
     * The shared validator: R4's base StructureDefinitions and the code systems and value sets the
     * specification ships, checked in memory (no terminology server: the node calls nothing outside).
     * A profile the node does not know (an implementation guide's) is reported as a warning, not
     * checked.
     */
    public static FhirValidator validator() {
        return ValidatorHolder.VALIDATOR;
    }

    private static final class ContextHolder {
        static final FhirContext CONTEXT = FhirContext.forR4Cached();
    }

    private static final class ValidatorHolder {
        static final FhirValidator VALIDATOR = build();
    }

    private static FhirValidator build() {
        FhirContext context = context();
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
        instanceValidator.setAnyExtensionsAllowed(true);
        FhirValidator validator = context.newValidator();
        validator.registerValidatorModule(instanceValidator);
        return validator;
    }
}
