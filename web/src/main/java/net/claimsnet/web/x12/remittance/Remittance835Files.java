package net.claimsnet.web.x12.remittance;

import net.claimsnet.states.ClaimState;
import net.claimsnet.web.x12.envelope.ControlNumbers;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The 835 file of some settled claims, as /x12/835 and the desk's downloads hand it out; none when no claim was paid. */
public final class Remittance835Files {

    private Remittance835Files() {
    }

    public static Optional<byte[]> of(List<ClaimState> settled, ControlNumbers numbers) {
        List<Payment> payments = Payments.of(settled);
        return payments.isEmpty() ? Optional.empty()
                : Optional.of(new Remittance835Writer(numbers, Clock.systemDefaultZone()).write(payments));
    }
}
