package net.claimsnet.web.x12;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.claimsnet.web.api.ApiError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date range from query parameters: both required, ISO dates, the end not before the start; 400 naming what is wrong. */
record X12Dates(LocalDate from, LocalDate to) {

    static X12Dates of(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw badRequest("to", "The range ends (to=" + end + ") before it starts (from=" + start + ")");
        }
        return new X12Dates(start, end);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw badRequest(name, "The query parameter '" + name + "' is required, a date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw badRequest(name, "The query parameter '" + name + "' must be a date as YYYY-MM-DD; was '" + value + "'");
        }
    }

    static BadRequestException badRequest(String field, String message) {
        return new BadRequestException(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(400, "bad-request", message, field, null, null)).build());
    }
}
