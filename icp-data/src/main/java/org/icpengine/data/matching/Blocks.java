package org.icpengine.data.matching;

import java.util.Arrays;

/**
 * One thread's scratch space for a block: the accounts gathered so far, each once, without clearing
 * an array of all accounts per row (a stamp per account says which row added it).
 */
final class Blocks {
  private int[] stamps = new int[0];
  private int stamp;
  private int[] members = new int[256];
  private int size;

  /** Starts a new block over {@code accounts} accounts. */
  void start(int accounts) {
    if (stamps.length != accounts) {
      stamps = new int[accounts];
      stamp = 0;
    }
    stamp++;
    size = 0;
  }

  /** Adds accounts not yet in the block. */
  void addAll(int[] accounts) {
    for (int a : accounts) {
      if (stamps[a] != stamp) {
        stamps[a] = stamp;
        if (size == members.length) {
          members = Arrays.copyOf(members, size * 2);
        }
        members[size++] = a;
      }
    }
  }

  /** Returns how many accounts the block holds. */
  int size() {
    return size;
  }

  /** Returns the block's accounts. */
  int[] toArray() {
    return Arrays.copyOf(members, size);
  }
}
