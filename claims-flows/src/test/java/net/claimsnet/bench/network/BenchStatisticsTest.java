package net.claimsnet.bench.network;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchStatisticsTest {

    @Test
    void the_median_of_an_odd_count_is_the_middle_value_whatever_the_order() {
        assertThat(BenchStatistics.median(List.of(30.0, 10.0, 20.0))).isEqualTo(20.0);
        assertThat(BenchStatistics.median(List.of(7.5))).isEqualTo(7.5);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        assertThat(BenchStatistics.median(List.of(40.0, 10.0, 30.0, 20.0))).isEqualTo(25.0);
    }

    @Test
    void percentiles_are_nearest_rank() {
        long[] oneToHundred = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

        assertThat(BenchStatistics.percentile(oneToHundred, 50)).isEqualTo(50);
        assertThat(BenchStatistics.percentile(oneToHundred, 99)).isEqualTo(99);
        assertThat(BenchStatistics.percentile(oneToHundred, 100)).isEqualTo(100);
        assertThat(BenchStatistics.percentile(oneToHundred, 0.5)).isEqualTo(1);
    }

    @Test
    void the_99th_percentile_of_few_values_is_the_largest_and_the_input_stays_unsorted() {
        long[] ten = {5, 1, 9, 3, 7, 2, 8, 4, 6, 10};

        assertThat(BenchStatistics.percentile(ten, 99)).isEqualTo(10);
        assertThat(BenchStatistics.percentile(ten, 50)).isEqualTo(5);
        assertThat(BenchStatistics.percentile(new long[] {42}, 99)).isEqualTo(42);
        assertThat(ten[0]).isEqualTo(5);
    }

    @Test
    void no_values_or_a_percentile_out_of_range_is_refused() {
        assertThatThrownBy(() -> BenchStatistics.median(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchStatistics.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchStatistics.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchStatistics.percentile(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
