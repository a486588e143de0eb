package net.claimsnet.web.e2e.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JAX-RS path templates as /openapi prints them, made into the paths a client calls. A parameter whose
 * regular expression only chooses among fixed words is no parameter to a client: FHIR's
 * {@code {type: Claim|Patient|Coverage|Bundle}/{operation: (?:\$|%24)validate}} is four paths,
 * {@code Claim/$validate} and so on (the {@code (?:\$|%24)} takes the dollar sign raw or encoded). A
 * parameter that takes any value stays a parameter ({@code {id}}).
 */
final class PathTemplates {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*([A-Za-z0-9_]+)\\s*:\\s*((?:[^{}]|\\{[^{}]*})+)}");
    private static final Pattern FIXED_WORDS = Pattern.compile("[A-Za-z0-9$_.-]+(\\|[A-Za-z0-9$_.-]+)*");
    private static final String DOLLAR_RAW_OR_ENCODED = "(?:\\$|%24)";

    private PathTemplates() {
    }

    static List<String> expand(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        if (!parameter.find()) {
            return List.of(template);
        }
        String before = template.substring(0, parameter.start());
        String after = template.substring(parameter.end());
        String regex = parameter.group(2).trim().replace(DOLLAR_RAW_OR_ENCODED, "$");
        List<String> choices = FIXED_WORDS.matcher(regex).matches() ? List.of(regex.split("\\|"))
                : List.of("{" + parameter.group(1) + "}");
        List<String> paths = new ArrayList<>();
        for (String choice : choices) {
            for (String rest : expand(after)) {
                paths.add(before + choice + rest);
            }
        }
        return paths;
    }
}
