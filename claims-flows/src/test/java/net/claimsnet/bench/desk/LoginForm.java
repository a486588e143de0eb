package net.claimsnet.bench.desk;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The desk's login form as a browser reads it from /login.xhtml: where it posts, the fields it sends
 * as they are (the form's own name and the Faces view state, without which Faces refuses the post),
 * and the names of the user name, password and submit fields, so that the benchmark posts what the
 * page asks for rather than names it assumed.
 */
record LoginForm(URI action, Map<String, String> hiddenFields, String userField, String passwordField,
                 String submitField) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<(input|button)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** Reads the form with a password field from the login page; {@code page} is the page's URL. */
    static LoginForm parse(String html, URI page) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String body = form.group(2);
            Map<String, String> hidden = new LinkedHashMap<>();
            String user = null;
            String password = null;
            String submit = null;
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                Map<String, String> attributes = attributes(input.group(2));
                String name = attributes.get("name");
                if (name == null) {
                    continue;
                }
                boolean button = input.group(1).equalsIgnoreCase("button");
                // A button without a type submits its form.
                String type = attributes.getOrDefault("type", button ? "submit" : "text").toLowerCase(Locale.ROOT);
                if (type.equals("submit")) {
                    if (submit == null) {
                        submit = name;
                    }
                } else if (button) {
                    continue;
                } else if (type.equals("hidden")) {
                    hidden.put(name, attributes.getOrDefault("value", ""));
                } else if (type.equals("password")) {
                    password = name;
                } else if (user == null && (type.equals("text") || type.equals("email"))) {
                    user = name;
                }
            }
            if (password == null) {
                continue;
            }
            if (user == null || submit == null || !hidden.containsKey(VIEW_STATE)) {
                throw new IllegalArgumentException("The login form at " + page + " lacks "
                        + (user == null ? "a user name field" : submit == null ? "a submit button" : "the Faces view state"));
            }
            String action = attributes(form.group(1)).get("action");
            return new LoginForm(page.resolve(action == null || action.isEmpty() ? page.getRawPath() : action),
                    Map.copyOf(hidden), user, password, submit);
        }
        throw new IllegalArgumentException("No login form (a form with a password field) at " + page);
    }

    /** The form's body as a browser posts it after the user typed name and password and pressed the button. */
    String body(String user, String password) {
        StringJoiner body = new StringJoiner("&");
        hiddenFields.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        body.add(encode(userField) + "=" + encode(user));
        body.add(encode(passwordField) + "=" + encode(password));
        body.add(encode(submitField) + "=");
        return body.toString();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), unescape(attribute.group(2)));
        }
        return attributes;
    }

    static String unescape(String value) {
        Matcher entity = NUMERIC_ENTITY.matcher(value);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(text, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        entity.appendTail(text);
        return text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
