package dev.carafe.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed URL rule: the segments between its slashes, each a run of static text and variables.
 * {@code "/"} is one empty segment and a rule ending in a slash ends in an empty segment, as in
 * Werkzeug.
 */
public record Rule(String text, List<Segment> segments) {

  /**
   * This rule as Werkzeug compiles it with {@code merge_slashes}: a run of slashes is one slash,
   * so {@code /a//b} matches and builds as {@code /a/b}. The text stays as written.
   */
  public Rule withMergedSlashes() {
    List<Segment> merged = new ArrayList<>();
    for (int s = 0; s < segments.size(); s++) {
      boolean empty = segments.get(s).chunks().stream()
          .allMatch(c -> c instanceof Literal literal && literal.text().isEmpty());
      if (!empty || s == segments.size() - 1) {
        merged.add(segments.get(s));
      }
    }
    return merged.size() == segments.size() ? this : new Rule(text, List.copyOf(merged));
  }

  /** One segment of a rule: static text and variables, in order. */
  public record Segment(List<Chunk> chunks) {
    public boolean isStatic() {
      return chunks.stream().allMatch(c -> c instanceof Literal);
    }

    public String literalText() {
      return chunks.stream().map(c -> ((Literal) c).text()).collect(Collectors.joining());
    }
  }

  /** Static text or a variable. */
  public sealed interface Chunk permits Literal, Variable {}

  /** Static text, matched as written. */
  public record Literal(String text) implements Chunk {}

  /** A variable: {@code <converter(args):name>}. */
  public record Variable(String name, Converter converter) implements Chunk {}

  public boolean isStatic() {
    return segments.stream().allMatch(Segment::isStatic);
  }

  /** The path a static rule matches. */
  public String staticPath() {
    return "/" + segments.stream().map(Segment::literalText).collect(Collectors.joining("/"));
  }

  public List<Variable> variables() {
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
