package vnie.classify;

import java.util.Arrays;

/**
 * The features of all templates as one trie over part numbers, stored as an open-addressing hash
 * table from (node, part) to the next node, or, after a template's last part, to the feature's
 * weights. Nodes {@code 0 .. templates - 1} are the templates' roots. Two arrays instead of a tree
 * of maps, so that a look-up touches one or two cache lines. Filled once by {@link
 * TemplatePerceptron}, read-only afterwards.
 */
final class PartTable {
  private static final long EMPTY = -1;

  private long[] slots; // key, value, key, value ...
  private int size;
  private int nodes;
  // For each node: a hash of the parts on its path, and the number of its template.
  private int[] pathHash;
  private int[] template;

  PartTable(int roots) {
    this(roots, 512);
  }

  /** A table for {@code roots} templates with room for {@code pairs} entries before it grows. */
  PartTable(int roots, int pairs) {
    nodes = roots;
    pathHash = new int[Math.max(16, roots)];
    template = new int[pathHash.length];
    for (int t = 0; t < roots; t++) {
      template[t] = t;
    }
    // Room below the load of one half at which put() grows the table.
    slots = emptySlots(Math.max(1024, Integer.highestOneBit(2 * pairs + 1) << 1));
  }

  /** The value of ({@code node}, {@code part}), or -1; -1 as either argument gives -1. */
  int get(int node, int part) {
    if (node < 0 || part < 0) {
      return -1;
    }
    long key = key(node, part);
    int mask = slots.length / 2 - 1;
    for (int s = slot(node, part, mask); ; s = (s + 1) & mask) {
      long k = slots[2 * s];
      if (k == key) {
        return (int) slots[2 * s + 1];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  /** The node after ({@code node}, {@code part}), made when there is none yet. */
  int childOrNew(int node, int part) {
    int child = get(node, part);
    if (child < 0) {
      child = nodes++;
      if (child == pathHash.length) {
        pathHash = Arrays.copyOf(pathHash, 2 * child);
        template = Arrays.copyOf(template, 2 * child);
      }
      pathHash[child] = 31 * pathHash[node] + part + 1;
      template[child] = template[node];
      put(node, part, child);
    }
    return child;
  }

  void put(int node, int part, int value) {
    if (2 * (size + 1) > slots.length / 2) {
      grow();
    }
    long key = key(node, part);
    int mask = slots.length / 2 - 1;
    int s = slot(node, part, mask);
    while (slots[2 * s] != EMPTY && slots[2 * s] != key) {
      s = (s + 1) & mask;
    }
    if (slots[2 * s] == EMPTY) {
      size++;
    }
    slots[2 * s] = key;
    slots[2 * s + 1] = value;
  }

  private void grow() {
    long[] old = slots;
    slots = emptySlots(old.length);
    size = 0;
    for (int s = 0; s < old.length; s += 2) {
      if (old[s] != EMPTY) {
        put((int) (old[s] >>> 32), (int) old[s], (int) old[s + 1]);
      }
    }
  }

  /** Room for {@code pairs} key-value pairs, all empty. */
  private static long[] emptySlots(int pairs) {
    long[] slots = new long[2 * pairs];
    for (int s = 0; s < slots.length; s += 2) {
      slots[s] = EMPTY;
    }
    return slots;
  }

  private static long key(int node, int part) {
    return ((long) node << 32) | part;
  }

  /**
   * Where the search for a key starts: after the hash of the path and the part, as far as the
   * template's number. The features of one word, or of one pair of words, in several templates
   * (w=X, w-1=X; b=X|Y, b-=X|Y, t=X|Y|Z) thus sit side by side.
   */
  private int slot(int node, int part, int mask) {
    long path = 31L * pathHash[node] + part;
    return ((int) ((path * 0x9E3779B97F4A7C15L) >>> 32) + template[node]) & mask;
  }
}
