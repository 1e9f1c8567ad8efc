package vnie.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The document names a batch has written, to refuse a second input with the same name. A batch may
 * hold millions of documents, so each name is kept as a 128-bit fingerprint (the first 16 bytes of
 * its SHA-256) in an open-addressing table of longs, at most three quarters full: 21 to 43 bytes
 * per document instead of about 110 for a set of strings. Two different names share a fingerprint
 * with a probability of about n²/2¹²⁹, some 10⁻²⁵ for ten million documents. Not thread-safe: the
 * batch's one writer owns it.
 */
final class DocumentNames {
  private static final int INITIAL_SLOTS = 1 << 10;

  // Slot i holds the fingerprint's two halves at 2i and 2i+1; (0, 0) marks an empty slot, so a
  // fingerprint that is all zeros is stored as (0, 1).
  private long[] slots = new long[2 * INITIAL_SLOTS];
  private int size;

  /** Adds {@code name}; returns false when it was already there. */
  boolean add(String name) {
    long[] fingerprint = fingerprint(name);
    if ((size + 1) * 4L > slotCount() * 3L) {
      grow();
    }
    return insert(slots, fingerprint[0], fingerprint[1]);
  }

  /** The number of distinct names added. */
  int size() {
    return size;
  }

  private int slotCount() {
    return slots.length / 2;
  }

  private boolean insert(long[] table, long high, long low) {
    int mask = table.length / 2 - 1;
    int slot = (int) (high ^ (high >>> 32)) & mask;
    while (table[2 * slot] != 0 || table[2 * slot + 1] != 0) {
      if (table[2 * slot] == high && table[2 * slot + 1] == low) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = high;
    table[2 * slot + 1] = low;
    if (table == slots) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = slots;
    long[] bigger = new long[old.length * 2];
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0 || old[i + 1] != 0) {
        insert(bigger, old[i], old[i + 1]);
      }
    }
    slots = bigger;
  }

  private static long[] fingerprint(String name) {
    byte[] digest = sha256().digest(name.getBytes(StandardCharsets.UTF_8));
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (digest[i] & 0xff);
      low = (low << 8) | (digest[8 + i] & 0xff);
    }
    if (high == 0 && low == 0) {
      low = 1;
    }
    return new long[] {high, low};
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
