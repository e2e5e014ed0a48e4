package dev.carafe;

import java.io.InputStream;

/**
 * A request body made as it is read, so a test can send megabytes, or an endless stream, without
 * holding them: a head, then {@code pattern} repeated (forever when {@code repeats} is negative),
 * then a tail. It counts what the application read, to show that a parser stopped early.
 */
final class GeneratedBody extends InputStream {
  private final byte[] head;
  private final byte[] pattern;
  private final long repeats;
  private final byte[] tail;
  private long position;

  GeneratedBody(byte[] head, byte[] pattern, long repeats, byte[] tail) {
    this.head = head;
    this.pattern = pattern;
    this.repeats = repeats;
    this.tail = tail;
  }

  /** {@code head} then {@code pattern} for ever. */
  static GeneratedBody endless(byte[] head, byte[] pattern) {
    return new GeneratedBody(head, pattern, -1, new byte[0]);
  }

  /** How many bytes were read. */
  long consumed() {
    return position;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    while (n < length) {
      int b = at(position);
      if (b < 0) {
        break;
      }
      buffer[offset + n++] = (byte) b;
      position++;
    }
    return n == 0 ? -1 : n;
  }

  private int at(long index) {
    if (index < head.length) {
      return head[(int) index] & 0xff;
    }
    long middle = index - head.length;
    if (repeats < 0 || middle < repeats * pattern.length) {
      return pattern[(int) (middle % pattern.length)] & 0xff;
    }
    long end = middle - repeats * pattern.length;
    return end < tail.length ? tail[(int) end] & 0xff : -1;
  }
}
