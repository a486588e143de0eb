package net.claimsnet.node.desk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PageSelectionTest {

    private final List<Integer> shuffled = shuffled(1_000);

    private static List<Integer> shuffled(int n) {
        List<Integer> items = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(items, new Random(42));
        return items;
    }

    private static List<Integer> fullSort(List<Integer> items, Comparator<Integer> order, int from, int size) {
        List<Integer> sorted = new ArrayList<>(items);
        sorted.sort(order);
        return sorted.subList(Math.min(from, sorted.size()), Math.min(from + size, sorted.size()));
    }

    @Test
    void everyPageIsTheSameAsCutFromAFullSortInEitherOrder() {
        for (Comparator<Integer> order : List.<Comparator<Integer>>of(Comparator.naturalOrder(), Comparator.reverseOrder())) {
            for (int from : new int[]{0, 20, 180, 240, 500, 980, 995}) {
                assertThat(PageSelection.page(shuffled, order, from, 20)).as("from %d", from)
                        .isEqualTo(fullSort(shuffled, order, from, 20));
            }
        }
    }

    @Test
    void aPageBeyondTheEndIsEmptyAndTheLastOneShort() {
        assertThat(PageSelection.page(shuffled, Comparator.naturalOrder(), 1_000, 20)).isEmpty();
        assertThat(PageSelection.page(shuffled, Comparator.naturalOrder(), 990, 20)).hasSize(10).startsWith(990);
        assertThat(PageSelection.page(List.of(), Comparator.<Integer>naturalOrder(), 0, 20)).isEmpty();
    }

    @Test
    void equalKeysKeepTheComparatorsOrderAcrossPages() {
        List<Integer> withTies = new ArrayList<>(shuffled);
        Comparator<Integer> byTens = Comparator.<Integer>comparingInt(i -> i / 10).thenComparing(Comparator.naturalOrder());
        List<Integer> pages = new ArrayList<>();
        for (int from = 0; from < 100; from += 20) {
            pages.addAll(PageSelection.page(withTies, byTens, from, 20));
        }
        assertThat(pages).isEqualTo(IntStream.range(0, 100).boxed().toList());
    }
}
