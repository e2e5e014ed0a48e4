package dev.carafe.templates.internal;

import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A template's output as UTF-8 bytes in one growing array. jte's own {@code Utf8ByteOutput} keeps
 * every piece it is given as a {@code byte[]} of its own, a substring first for each run of text
 * between two escaped characters, and copies them all once more at the end: on a page of escaped
 * user text (Flaskr's index of 100 posts) that was most of the page's cost. Here ASCII text is
 * copied character by character into the array and only runs of other characters go through the
 * JDK's encoder.
 */
final class PageBuffer implements TemplateOutput {
  private byte[] bytes = new byte[8192];
  private int length;

  @Override
  public void writeContent(String value) {
    writeContent(value, 0, value.length());
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    // At most 3 bytes a UTF-16 unit (a surrogate pair's two units make 4).
    ensure(3 * (endIndex - beginIndex));
    byte[] out = bytes;
    int at = length;
    int i = beginIndex;
    while (i < endIndex) {
      char c = value.charAt(i);
      if (c < 0x80) {
        out[at++] = (byte) c;
        i++;
        continue;
      }
      int run = i + 1;
      while (run < endIndex && value.charAt(run) >= 0x80) {
        run++;
      }
      // The JDK's encoder, so that a lone surrogate becomes '?' exactly as String.getBytes does.
      byte[] encoded = value.substring(i, run).getBytes(StandardCharsets.UTF_8);
      System.arraycopy(encoded, 0, out, at, encoded.length);
      at += encoded.length;
      i = run;
    }
    length = at;
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, bytes, length, value.length);
    length += value.length;
  }

  /** The bytes written, in an array of their own length. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  private void ensure(int more) {
    if (bytes.length - length < more) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
    }
  }
}
