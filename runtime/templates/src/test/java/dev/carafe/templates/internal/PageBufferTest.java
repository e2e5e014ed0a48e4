package dev.carafe.templates.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes are those of {@link String#getBytes} in UTF-8, whatever the text and its length. */
class PageBufferTest {
  private static final List<String> TEXTS = List.of("", "plain ASCII <b>", "café in Zürich",
      "日本語のテキスト", "an emoji \uD83D\uDE00 between", "a lone \uD800 surrogate",
      "ends high \uDBFF", "\uDC00 starts low", "mixed é and 日本 and \uD83C\uDF75 tea");

  @Test
  void writesWhatStringGetBytesWrites() {
    for (String text : TEXTS) {
      PageBuffer buffer = new PageBuffer();
      buffer.writeContent(text);
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.toByteArray(), text);
    }
  }

  @Test
  void writesARangeOfAString() {
    for (String text : TEXTS) {
      for (int begin = 0; begin <= text.length(); begin++) {
        for (int end = begin; end <= text.length(); end++) {
          PageBuffer buffer = new PageBuffer();
          buffer.writeContent(text, begin, end);
          assertArrayEquals(text.substring(begin, end).getBytes(StandardCharsets.UTF_8),
              buffer.toByteArray(), text + " [" + begin + ", " + end + ")");
        }
      }
    }
  }

  @Test
  void keepsTheOrderOfTextAndBytesPastItsFirstArray() {
    PageBuffer buffer = new PageBuffer();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    byte[] binary = "<td>static</td>".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 2_000; i++) {
      String text = TEXTS.get(i % TEXTS.size());
      buffer.writeContent(text);
      expected.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      buffer.writeBinaryContent(binary);
      expected.writeBytes(binary);
    }
    buffer.writeContent("x".repeat(100_000));
    expected.writeBytes("x".repeat(100_000).getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(expected.toByteArray(), buffer.toByteArray());
  }
}
