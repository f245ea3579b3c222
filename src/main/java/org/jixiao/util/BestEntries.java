package org.jixiao.util;

import java.util.Arrays;

/**
 * The best {@code size} entries seen, entries offered in index order (ties keep the earlier).
 *
 * <p>A binary min-heap over two primitive arrays: its head is the entry to drop first, the lowest
 * score and of equal scores the later entry. A broad query offers thousands of entries whose scores
 * tie, and a {@code PriorityQueue} of records with a composed comparator spent more on comparing
 * them than the rest of the offer did (4% of a bm25 request at a million). The best of a search's
 * entries and the nearest of the distinct texts are both kept here.
 */
public final class BestEntries {

  private final int size;
  private final int[] docs;
  private final float[] scores;
  private int count;

  public BestEntries(int size) {
    this.size = size;
    this.docs = new int[Math.max(0, size)];
    this.scores = new float[Math.max(0, size)];
  }

  public boolean full() {
    return count >= size;
  }

  /** The score of the entry to drop first; only when {@link #full()}. */
  public double lowest() {
    return scores[0];
  }

  public void offer(int doc, float score) {
    if (count < size) {
      int i = count++;
      // Up from the new leaf while the entry is a better one to drop than its parent.
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!dropsBefore(score, doc, scores[parent], docs[parent])) {
          break;
        }
        docs[i] = docs[parent];
        scores[i] = scores[parent];
        i = parent;
      }
      docs[i] = doc;
      scores[i] = score;
    } else if (size > 0 && score > scores[0]) {
      // Replace the head, then down while a child is a better one to drop.
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= count) {
          break;
        }
        if (child + 1 < count && dropsBefore(scores[child + 1], docs[child + 1], scores[child], docs[child])) {
          child++;
        }
        if (!dropsBefore(scores[child], docs[child], score, doc)) {
          break;
        }
        docs[i] = docs[child];
        scores[i] = scores[child];
        i = child;
      }
      docs[i] = doc;
      scores[i] = score;
    }
  }

  /** Whether entry a is dropped before entry b: a lower score, or an equal score and a later entry. */
  private static boolean dropsBefore(float scoreA, int docA, float scoreB, int docB) {
    return scoreA < scoreB || (scoreA == scoreB && docA > docB);
  }

  /** An entry kept, given best first. */
  @FunctionalInterface
  public interface Kept {
    void accept(int doc, float score);
  }

  /** The entries kept, best first: higher score first, of equal scores the earlier entry. */
  public void bestFirst(Kept kept) {
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> dropsBefore(scores[a], docs[a], scores[b], docs[b]) ? 1
        : dropsBefore(scores[b], docs[b], scores[a], docs[a]) ? -1 : 0);
    for (int i : order) {
      kept.accept(docs[i], scores[i]);
    }
  }
}
