package net.claimsnet.web.fhir;

import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.util.ArrayList;
import java.util.List;

/**
 * What the parser met that the R4 model does not allow (an unknown element, a value of the wrong
 * type, a local reference to nothing), collected as issues instead of being logged and dropped: a
 * request is refused with all of them at once. One instance per parse.
 */
final class ParseProblems extends ErrorHandlerAdapter {

    private final List<FhirIssue> issues = new ArrayList<>();

    List<FhirIssue> issues() {
        return issues;
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
        add(IssueType.STRUCTURE, "Unknown element '" + elementName + "'" + in(location), location, elementName);
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
        add(IssueType.STRUCTURE, "Unknown attribute '" + attributeName + "'" + in(location), location, attributeName);
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        add(IssueType.STRUCTURE, "Element '" + elementName + "' may appear once only" + in(location), location, elementName);
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        add(IssueType.VALUE, "Invalid value '" + value + "'" + in(location) + ": " + error, location, null);
    }

    @Override
    public void incorrectJsonType(IParseLocation location, String elementName, BaseJsonLikeValue.ValueType expected,
                                  BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                                  BaseJsonLikeValue.ScalarType foundScalar) {
        add(IssueType.STRUCTURE, "Element '" + elementName + "'" + in(location) + " must be a JSON "
                + describe(expected, expectedScalar) + ", not a " + describe(found, foundScalar), location, elementName);
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        add(IssueType.STRUCTURE, "A contained resource" + in(location) + " has no id, so nothing can refer to it", location, "contained");
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        add(IssueType.NOTFOUND, "Reference '" + reference + "'" + in(location) + " names no contained resource", location, null);
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        add(IssueType.NOTFOUND, "Reference '" + reference + "'" + in(location) + " names no contained resource", location, null);
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        add(IssueType.STRUCTURE, "An extension" + in(location) + " has both a value and nested extensions", location, "extension");
    }

    private void add(IssueType type, String diagnostics, IParseLocation location, String element) {
        String parent = location == null ? null : location.getParentElementName();
        String expression = parent == null ? element : element == null ? parent : parent + "." + element;
        issues.add(FhirIssue.error(type, diagnostics, expression));
    }

    private static String in(IParseLocation location) {
        return location == null || location.getParentElementName() == null ? "" : " in " + location.getParentElementName();
    }

    private static String describe(BaseJsonLikeValue.ValueType value, BaseJsonLikeValue.ScalarType scalar) {
        if (value == null) {
            return "value";
        }
        String text = value.name().toLowerCase();
        return scalar == null ? text : text + " (" + scalar.name().toLowerCase() + ")";
    }
}
