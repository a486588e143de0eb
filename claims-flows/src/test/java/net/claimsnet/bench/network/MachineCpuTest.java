package net.claimsnet.bench.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MachineCpuTest {

    @Test
    void busy_time_counts_user_nice_system_and_interrupts_but_not_idle_iowait_or_steal() {
        MachineCpu.Sample before = MachineCpu.parse("cpu  1000 100 500 8000 50 10 40 300 0 0", 2, 0);
        // Ten seconds later: 600 busy ticks (400 user, 100 nice, 80 system, 20 softirq), 300 idle, 50 iowait, 50 stolen.
        MachineCpu.Sample after = MachineCpu.parse("cpu  1400 200 580 8300 100 10 60 350 0 0", 2, 10_000_000_000L);

        assertThat(after.busyTicks() - before.busyTicks()).isEqualTo(600);
        assertThat(after.allTicks() - before.allTicks()).isEqualTo(1000);
        assertThat(after.busyCoreSecondsSince(before)).isCloseTo(12.0, within(1e-9));
    }

    @Test
    void an_idle_interval_is_no_busy_time() {
        MachineCpu.Sample before = MachineCpu.parse("cpu 10 0 10 100 0 0 0 0", 2, 0);
        MachineCpu.Sample after = MachineCpu.parse("cpu 10 0 10 300 0 0 0 0", 2, 1_000_000_000L);

        assertThat(after.busyCoreSecondsSince(before)).isZero();
    }

    @Test
    void a_line_other_than_the_aggregate_is_refused() {
        assertThatThrownBy(() -> MachineCpu.parse("cpu0 1 2 3 4 5 6 7 8", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
