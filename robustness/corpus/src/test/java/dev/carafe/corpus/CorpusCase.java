package dev.carafe.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of the corpus: its name, the answers it may get, and its bytes as written in the
 * file (escapes and placeholders not yet expanded; see {@code corpus/README.md}).
 *
 * @param file the corpus file it comes from, {@code smuggling.txt}
 * @param name its name, unique in the whole corpus
 * @param line the line of the file where it starts
 * @param expected the statuses it may get; {@link #CLOSED} for a connection closed unanswered
 * @param halfClose whether the client shuts its side after sending, so that a server waiting for
 *     more of a truncated request sees the end of it
 * @param template the request as written
 */
record CorpusCase(String file, String name, int line, Set<Integer> expected, boolean halfClose,
    String template) {
  /** The "status" of a connection the server closed without answering. */
  static final int CLOSED = 0;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)\\*(.*?)}}|\\{\\{(\\w+)}}");

  /** Where this case is written, for messages. */
  String where() {
    return file + ":" + line + " " + name;
  }

  /**
   * The bytes to send: escapes decoded, {@code {{N*TEXT}}} repeated, {@code {{name}}} replaced by
   * its value in {@code values}, and last {@code {{length}}} by the length of the body (the bytes
   * after the first empty line).
   */
  byte[] bytes(Map<String, String> values) {
    StringBuilder text = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template);
    int at = 0;
    while (m.find()) {
      text.append(template, at, m.start());
      if (m.group(1) != null) {
        text.append(m.group(2).repeat(Integer.parseInt(m.group(1))));
      } else if (m.group(3).equals("length")) {
        text.append(m.group());
      } else {
        String value = values.get(m.group(3));
        if (value == null) {
          throw new IllegalArgumentException(where() + ": no value for " + m.group());
        }
        text.append(value);
      }
      at = m.end();
    }
    text.append(template.substring(at));
    byte[] bytes = unescape(text.toString());
    String latin = new String(bytes, StandardCharsets.ISO_8859_1);
    if (latin.contains("{{length}}")) {
      int head = latin.indexOf("\r\n\r\n");
      int length = head < 0 ? 0 : latin.length() - head - 4;
      bytes = latin.replace("{{length}}", Integer.toString(length))
          .getBytes(StandardCharsets.ISO_8859_1);
    }
    return bytes;
  }

  /** Decodes {@code \r \n \t \0 \\ \xHH}; other characters are sent as UTF-8. */
  static byte[] unescape(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        int codePoint = text.codePointAt(i);
        out.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint) - 1;
        continue;
      }
      if (i + 1 >= text.length()) {
        throw new IllegalArgumentException("a lone \\ at the end of: " + text);
      }
      char e = text.charAt(++i);
      switch (e) {
        case 'r' -> out.write('\r');
        case 'n' -> out.write('\n');
        case 't' -> out.write('\t');
        case '0' -> out.write(0);
        case '\\' -> out.write('\\');
        case 'x' -> {
          out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + e + " in: " + text);
      }
    }
    return out.toByteArray();
  }
}
