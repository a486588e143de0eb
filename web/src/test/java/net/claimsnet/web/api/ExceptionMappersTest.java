package net.claimsnet.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import net.claimsnet.node.desk.ClaimConflictException;
import net.claimsnet.node.desk.ClaimNotFoundException;
import net.claimsnet.node.desk.DeskAccessDeniedException;
import net.claimsnet.node.desk.FlowStillRunningException;
import net.claimsnet.node.desk.InvalidDeskInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExceptionMappersTest {

    private final ClaimDeskExceptionMapper desk = new ClaimDeskExceptionMapper();

    private static ApiError body(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        return (ApiError) response.getEntity();
    }

    @Test
    void eachDeskAnswerHasItsStatus() {
        assertThat(desk.toResponse(new InvalidDeskInputException("reason", "An appeal must state a reason")).getStatus()).isEqualTo(400);
        assertThat(body(desk.toResponse(new InvalidDeskInputException("reason", "x"))).field()).isEqualTo("reason");
        assertThat(desk.toResponse(new DeskAccessDeniedException("no")).getStatus()).isEqualTo(403);
        assertThat(desk.toResponse(new ClaimNotFoundException("42")).getStatus()).isEqualTo(404);
        Response conflict = desk.toResponse(new ClaimConflictException("Only an unsettled claim can be voided"));
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(body(conflict).message()).isEqualTo("Only an unsettled claim can be voided");
        Response running = desk.toResponse(new FlowStillRunningException("flow-1"));
        assertThat(running.getStatus()).isEqualTo(202);
        assertThat(body(running).flowId()).isEqualTo("flow-1");
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingItsPropertyPath() {
        // As the server's JSON-B provider wraps it: the outer property first, the inner one in the cause.
        ProcessingException wrapped = new ProcessingException("Error deserializing object from entity stream.",
                new JsonbException("Unable to deserialize property 'serviceLines' because of: x",
                        new JsonbException("Unable to deserialize property 'charge' because of: not a number")));

        Response response = new MalformedJsonMapper().toResponse(wrapped);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).field()).isEqualTo("serviceLines.charge");
        assertThat(body(response).message()).contains("serviceLines.charge");
    }

    @Test
    void bodyThatIsNotJsonIs400WithoutAField() {
        Response response = new MalformedJsonMapper.JsonbExceptionMapper().toResponse(new JsonbException("Internal error"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).field()).isNull();
    }

    @Test
    void theServersOwnErrorsAnswerJsonWithTheirStatusAndHeaders() {
        FallbackExceptionMappers.HttpErrors http = new FallbackExceptionMappers.HttpErrors();

        assertThat(http.toResponse(new NotFoundException()).getStatus()).isEqualTo(404);
        Response notAllowed = http.toResponse(new NotAllowedException("GET"));
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(body(notAllowed).error()).isEqualTo("method-not-allowed");
        assertThat(notAllowed.getHeaderString("Allow")).contains("GET");
    }

    @Test
    void aBugIs500WithAnIncidentNumberAndNoStackTrace() {
        Response response = new FallbackExceptionMappers.Unexpected().toResponse(new IllegalStateException("secret detail"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response).message()).startsWith("The node could not answer; incident ").doesNotContain("secret detail");
    }

    @Test
    void aNodeNotRunningIs503EvenWhenTheContainerWrapsIt() {
        NodeUnavailableException unavailable = new NodeUnavailableException("The node is not running");

        assertThat(new FallbackExceptionMappers.HttpErrors().toResponse(unavailable).getStatus()).isEqualTo(503);
        Response wrapped = new FallbackExceptionMappers.Unexpected().toResponse(new IllegalStateException("creating the desk", unavailable));
        assertThat(wrapped.getStatus()).isEqualTo(503);
        assertThat(body(wrapped).message()).contains("The node is not running");
    }
}
