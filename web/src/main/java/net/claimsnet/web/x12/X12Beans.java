package net.claimsnet.web.x12;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.claimsnet.web.x12.envelope.ControlNumbers;
import net.claimsnet.web.x12.envelope.SequentialControlNumbers;

import java.time.Clock;

/** One source of interchange and group control numbers for the whole application (the desk and /x12). */
@ApplicationScoped
public class X12Beans {

    private final ControlNumbers numbers = new SequentialControlNumbers(Clock.systemUTC());

    @Produces
    ControlNumbers controlNumbers() {
        return numbers;
    }
}
