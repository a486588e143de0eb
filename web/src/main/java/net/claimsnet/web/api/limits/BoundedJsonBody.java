package net.claimsnet.web.api.limits;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a JSON body within its limits and checks it in one streaming pass, before any binding: at most
 * {@code maxBytes} are read, then each token is looked at once (depth, string, number and list length,
 * well-formedness up to the last byte). The pass is linear in the bytes read, so no body, truncated or
 * deep or huge, can keep a thread busy; the object binder then only ever sees complete, bounded JSON
 * (a truncated body with an unknown property made it loop forever: see docs/security.md).
 */
public final class BoundedJsonBody {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final int MAX_EXPONENT = 30;

    private BoundedJsonBody() {
    }

    /** The body's bytes, checked; refused with a {@link RequestLimitException} naming the limit and where. */
    public static byte[] read(InputStream body, JsonLimits limits) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        if (bytes.length > 0) {
            check(bytes, limits);
        }
        return bytes;
    }

    /** Refuses a declared length over the limit before a byte is read. */
    public static void checkDeclaredLength(String contentLength, JsonLimits limits) {
        if (contentLength == null) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.trim()) > limits.maxBytes()) {
                throw tooLarge(limits);
            }
        } catch (NumberFormatException e) {
            // The server refuses a malformed Content-Length itself; the read below is bounded anyway.
        }
    }

    /**
     * Checks complete JSON bytes read elsewhere (a FHIR body) against the limits, in the same single pass;
     * refused with a {@link RequestLimitException} naming the limit and where.
     */
    public static void checkBytes(byte[] bytes, JsonLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        check(bytes, limits);
    }

    static void check(byte[] bytes, JsonLimits limits) {
        Deque<Frame> frames = new ArrayDeque<>();
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> {
                        Frame frame = frames.peek();
                        frame.key = parser.getString();
                        if (frame.key.length() > limits.maxStringLength()) {
                            throw refused("string-too-long", "A property name is longer than " + limits.maxStringLength()
                                    + " characters", frames);
                        }
                        count(frame, limits, frames);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        countInArray(frames, limits);
                        if (frames.size() >= limits.maxDepth()) {
                            throw refused("too-deep", "Objects and lists nest deeper than " + limits.maxDepth() + " levels",
                                    frames);
                        }
                        frames.push(new Frame(event == JsonParser.Event.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> frames.pop();
                    case VALUE_STRING -> {
                        countInArray(frames, limits);
                        if (parser.getString().length() > limits.maxStringLength()) {
                            throw refused("string-too-long", "A text is longer than " + limits.maxStringLength()
                                    + " characters", frames);
                        }
                    }
                    case VALUE_NUMBER -> {
                        countInArray(frames, limits);
                        checkNumber(parser.getString(), frames);
                    }
                    default -> countInArray(frames, limits);
                }
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? null : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            throw new RequestLimitException(400, "malformed-json", "The request body is not valid JSON"
                    + (where == null ? "" : " at " + where) + ": " + e.getMessage(), path(frames));
        } catch (java.util.NoSuchElementException | IllegalStateException e) {
            throw new RequestLimitException(400, "malformed-json", "The request body is not valid JSON: it ends too early",
                    path(frames));
        }
        if (!frames.isEmpty()) {
            throw new RequestLimitException(400, "malformed-json", "The request body is not valid JSON: it ends too early",
                    path(frames));
        }
    }

    private static void checkNumber(String literal, Deque<Frame> frames) {
        if (literal.length() > JsonLimits.MAX_NUMBER_LENGTH) {
            throw refused("number-too-long", "A number has more than " + JsonLimits.MAX_NUMBER_LENGTH + " characters", frames);
        }
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        if (e >= 0) {
            String digits = literal.substring(e + 1).replace("+", "").replace("-", "");
            if (digits.length() > 2 || Integer.parseInt(digits) > MAX_EXPONENT) {
                throw refused("number-too-large", "A number's exponent is beyond " + MAX_EXPONENT, frames);
            }
        }
    }

    /** A value (or property) more in the innermost list (or object). */
    private static void countInArray(Deque<Frame> frames, JsonLimits limits) {
        Frame frame = frames.peek();
        if (frame != null && frame.array) {
            count(frame, limits, frames);
        }
    }

    private static void count(Frame frame, JsonLimits limits, Deque<Frame> frames) {
        frame.items++;
        if (frame.items > limits.maxListLength()) {
            throw refused(frame.array ? "list-too-long" : "too-many-properties", (frame.array ? "A list holds" : "An object has")
                    + " more than " + limits.maxListLength() + " items", frames);
        }
    }

    private static RequestLimitException refused(String code, String message, Deque<Frame> frames) {
        String where = path(frames);
        return new RequestLimitException(400, code, message + (where == null ? "" : " at " + where), where);
    }

    private static RequestLimitException tooLarge(JsonLimits limits) {
        return new RequestLimitException(413, "body-too-large", "The request body is larger than " + limits.maxBytes()
                + " bytes", "body");
    }

    /** Where the parser is, as a JSON path ({@code serviceLines[3].modifiers[0]}); null at the top. */
    static String path(Deque<Frame> frames) {
        StringBuilder path = new StringBuilder();
        for (Iterator<Frame> outward = frames.descendingIterator(); outward.hasNext(); ) {
            Frame frame = outward.next();
            if (frame.array) {
                if (frame.items > 0) {
                    path.append('[').append(frame.items - 1).append(']');
                }
            } else if (frame.key != null) {
                path.append(path.length() == 0 ? "" : ".").append(frame.key);
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** An open object or list: how many items so far, and an object's current property. */
    private static final class Frame {
        final boolean array;
        int items;
        String key;

        Frame(boolean array) {
            this.array = array;
        }
    }
}
