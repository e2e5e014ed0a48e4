package dev.carafe.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed URL rule: the segments between its slashes, each a run of static text and variables.
 * {@code "/"} is one empty segment and a rule ending in a slash ends in an empty segment, as in
 * Werkzeug.
 */
record Rule(String text, List<Segment> segments) {

  /** One segment of a rule: static text and variables, in order. */
  record Segment(List<Chunk> chunks) {
    boolean isStatic() {
      return chunks.stream().allMatch(c -> c instanceof Literal);
    }

    String literalText() {
      return chunks.stream().map(c -> ((Literal) c).text()).collect(Collectors.joining());
    }
  }

  /** Static text or a variable. */
  sealed interface Chunk permits Literal, Variable {}

  /** Static text, matched as written. */
  record Literal(String text) implements Chunk {}

  /** A variable: {@code <converter(args):name>}. */
  record Variable(String name, Converter converter) implements Chunk {}

  boolean isStatic() {
    return segments.stream().allMatch(Segment::isStatic);
  }

  /** The path a static rule matches. */
  String staticPath() {
    return "/" + segments.stream().map(Segment::literalText).collect(Collectors.joining("/"));
  }

  List<Variable> variables() {
    List<Variable> variables = new ArrayList<>();
    for (Segment segment : segments) {
      for (Chunk chunk : segment.chunks()) {
        if (chunk instanceof Variable) {
          variables.add((Variable) chunk);
        }
      }
    }
    return variables;
  }
}
