package io.workloadplacement.simulator.fault;

import java.util.Random;

/**
 * {@link Random}'s own generator (the same numbers for the same seed) whose state can be read and
 * set, so that a restarted simulator draws exactly the numbers it would have drawn next.
 */
final class ReplayableRandom extends Random {

  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  private long state;

  private ReplayableRandom(long state) {
    this.state = state;
  }

  /** The generator {@code new Random(seed)} is. */
  static ReplayableRandom seeded(long seed) {
    return new ReplayableRandom((seed ^ MULTIPLIER) & MASK);
  }

  /** The generator whose {@link #state} was {@code state}. */
  static ReplayableRandom resumed(long state) {
    return new ReplayableRandom(state & MASK);
  }

  /** The generator's internal state, to resume it later. */
  synchronized long state() {
    return state;
  }

  @Override
  protected synchronized int next(int bits) {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return (int) (state >>> (48 - bits));
  }

  @Override
  public synchronized void setSeed(long seed) {
    // Random's constructor calls this before our field exists; our factories set the state
    state = (seed ^ MULTIPLIER) & MASK;
  }
}
