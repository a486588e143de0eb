package net.claimsnet.ledger;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeastRecentlyUsedTest {

    @Test
    void beyond_its_capacity_the_map_forgets_the_entry_used_least_recently() {
        Map<String, Integer> map = LeastRecentlyUsed.map(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");

        map.put("c", 3);

        assertThat(map).containsOnlyKeys("a", "c");
    }

    @Test
    void a_capacity_below_one_is_refused() {
        assertThatThrownBy(() -> LeastRecentlyUsed.map(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
