package dev.carafe.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a corpus file: cases that start with {@code === name}, then {@code expect: 400|404}, an
 * optional {@code send: half-close}, and the request as {@code > } lines (the text, then CRLF) and
 * {@code | } lines (the text alone). {@code #} lines are comments. The format is documented in
 * {@code corpus/README.md}.
 */
final class CorpusFile {
  private CorpusFile() {}

  /** The cases of the class path resource {@code corpus/<file>}. */
  static List<CorpusCase> read(String file) {
    try (InputStream in = CorpusFile.class.getResourceAsStream("/corpus/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + file);
      }
      return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cases written in {@code text}, read from {@code file}. */
  static List<CorpusCase> parse(String file, String text) {
    List<CorpusCase> cases = new ArrayList<>();
    String name = null;
    int start = 0;
    Set<Integer> expected = null;
    boolean halfClose = false;
    StringBuilder request = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "=== ";
      int number = i + 1;
      if (line.startsWith("===")) {
        if (name != null) {
          if (expected == null || request.length() == 0) {
            throw new IllegalArgumentException(file + ":" + start + " " + name
                + ": a case needs an 'expect:' line and a request");
          }
          cases.add(new CorpusCase(file, name, start, Set.copyOf(expected), halfClose,
              request.toString()));
        }
        name = line.substring(3).strip();
        start = number;
        expected = null;
        halfClose = false;
        request.setLength(0);
      } else if (line.startsWith("#") || line.isBlank()) {
        continue;
      } else if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException(file + ":" + number + ": text before the first '=== name'");
      } else if (line.startsWith("expect:")) {
        expected = new LinkedHashSet<>();
        for (String status : line.substring(7).strip().split("\\|")) {
          expected.add(status.strip().equals("closed") ? CorpusCase.CLOSED
              : Integer.parseInt(status.strip()));
        }
      } else if (line.equals("send: half-close")) {
        halfClose = true;
      } else if (line.equals(">") || line.startsWith("> ")) {
        request.append(line.length() > 2 ? line.substring(2) : "").append("\\r\\n");
      } else if (line.equals("|") || line.startsWith("| ")) {
        request.append(line.length() > 2 ? line.substring(2) : "");
      } else {
        throw new IllegalArgumentException(file + ":" + number + ": not a corpus line: " + line);
      }
    }
    return cases;
  }
}
