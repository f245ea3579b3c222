package org.jixiao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The best {@code size} entries seen, entries offered in index order (ties keep the earlier). */
final class BestEntries {

  private final int size;
  private final PriorityQueue<Fusion.Ranked> queue;

  BestEntries(int size) {
    this.size = size;
    // The head is the entry to drop first: the lowest score, and of equal scores the later entry.
    this.queue = new PriorityQueue<>(Math.max(1, Math.min(size, 1024)),
        Comparator.comparingDouble(Fusion.Ranked::score).thenComparing(Fusion.Ranked::doc, Comparator.reverseOrder()));
  }

  boolean full() {
    return queue.size() >= size;
  }

  double lowest() {
    return queue.peek().score();
  }

  void offer(int doc, float score) {
    if (queue.size() < size) {
      queue.add(new Fusion.Ranked(doc, score));
    } else if (score > queue.peek().score()) {
      queue.poll();
      queue.add(new Fusion.Ranked(doc, score));
    }
  }

  List<Fusion.Ranked> ranked() {
    List<Fusion.Ranked> out = new ArrayList<>(queue);
    out.sort(Comparator.comparingDouble(Fusion.Ranked::score).reversed().thenComparingInt(Fusion.Ranked::doc));
    return out;
  }
}
