package vnie.classify;

/**
 * The number of every part of the model's features: an open-addressing hash table of strings, with
 * each slot's hash code and number side by side in one array, so that a look-up reads one slot and
 * the one string it matches. Smaller and quicker than a {@code HashMap<String, Integer>}. Filled
 * once by {@link TemplatePerceptron}, read-only afterwards.
 */
final class PartNumbers {
  private String[] parts = new String[1024];
  private int[] slots = new int[2 * 1024]; // hash code, number + 1 (0: empty)
  private int size;

  /** The number of {@code part}, or -1 when it is not a part of any feature. */
  int get(String part) {
    int hash = part.hashCode();
    int mask = parts.length - 1;
    for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
      int number = slots[2 * s + 1] - 1;
      if (number < 0) {
        return -1;
      }
      if (slots[2 * s] == hash && parts[s].equals(part)) {
        return number;
      }
    }
  }

  /** The number of {@code part}, the next one when it is new. */
  int numberOrNew(String part) {
    int number = get(part);
    if (number >= 0) {
      return number;
    }
    if (2 * (size + 1) > parts.length) {
      grow();
    }
    insert(part, size);
    return size++;
  }

  private void insert(String part, int number) {
    int mask = parts.length - 1;
    int s = spread(part.hashCode()) & mask;
    while (slots[2 * s + 1] != 0) {
      s = (s + 1) & mask;
    }
    parts[s] = part;
    slots[2 * s] = part.hashCode();
    slots[2 * s + 1] = number + 1;
  }

  private void grow() {
    String[] oldParts = parts;
    int[] oldSlots = slots;
    parts = new String[2 * oldParts.length];
    slots = new int[2 * parts.length];
    for (int s = 0; s < oldParts.length; s++) {
      if (oldSlots[2 * s + 1] != 0) {
        insert(oldParts[s], oldSlots[2 * s + 1] - 1);
      }
    }
  }

  /** String hash codes differ mostly in their low bits; mix the high ones in. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
