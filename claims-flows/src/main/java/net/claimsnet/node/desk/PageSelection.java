package net.claimsnet.node.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One page of a list in a given order, without sorting the whole list when the page is near its top:
 * the first pages of a desk list (the ones people read) keep only the {@code from + size} first items
 * in a bounded heap, n log(from + size) comparisons instead of n log n. A page deep in the list is cut
 * from a full sort, which is then no dearer.
 */
final class PageSelection {

    private PageSelection() {
    }

    static <T> List<T> page(List<T> items, Comparator<? super T> order, int from, int size) {
        if (from >= items.size() || size <= 0) {
            return List.of();
        }
        int wanted = (int) Math.min((long) from + size, items.size());
        List<T> first;
        if (wanted * 4L > items.size()) {
            first = new ArrayList<>(items);
            first.sort(order);
        } else {
            first = firstInOrder(items, order, wanted);
        }
        return List.copyOf(first.subList(from, wanted));
    }

    /** The {@code wanted} first items in order: a heap whose head is the last of them so far. */
    private static <T> List<T> firstInOrder(List<T> items, Comparator<? super T> order, int wanted) {
        Comparator<T> reversed = (a, b) -> order.compare(b, a);
        PriorityQueue<T> kept = new PriorityQueue<>(wanted + 1, reversed);
        for (T item : items) {
            if (kept.size() < wanted) {
                kept.add(item);
            } else if (order.compare(item, kept.peek()) < 0) {
                kept.poll();
                kept.add(item);
            }
        }
        List<T> first = new ArrayList<>(kept);
        first.sort(order);
        return first;
    }
}
