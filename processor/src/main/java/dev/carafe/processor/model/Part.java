package dev.carafe.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one transition of the dispatch tree matches, as Werkzeug's {@code RulePart}: one segment
 * of the path, or, once a variable may span slashes ({@code path}), the whole rest of the path
 * ({@code isFinal}).
 *
 * @param chunks static text and variables, adjacent texts joined
 * @param isFinal whether the part consumes the rest of the path
 * @param suffixed whether the rule's trailing slash was taken off a final part, as Werkzeug does
 *     ({@code (?<!/)(/?)}): a path with the slash goes on to the empty part that follows, one
 *     without it gets the strict-slash redirect
 */
public record Part(List<Rule.Chunk> chunks, boolean isFinal, boolean suffixed) {

  /** Werkzeug's order of dynamic transitions, with Carafe's tie-break by narrowness. */
  public static final Comparator<Part> PRIORITY = Part::compare;

  public boolean isStatic() {
    return chunks.stream().allMatch(c -> c instanceof Rule.Literal);
  }

  /** The text of a static part. */
  public String literal() {
    StringBuilder text = new StringBuilder();
    for (Rule.Chunk chunk : chunks) {
      text.append(((Rule.Literal) chunk).text());
    }
    return text.toString();
  }

  public List<Rule.Variable> variables() {
    List<Rule.Variable> variables = new ArrayList<>();
    for (Rule.Chunk chunk : chunks) {
      if (chunk instanceof Rule.Variable variable) {
        variables.add(variable);
      }
    }
    return variables;
  }

  /** The part with variable names erased: parts with one key match the same text. */
  public String key() {
    StringBuilder key = new StringBuilder(suffixed ? "suffixed:" : isFinal ? "final:" : "");
    for (Rule.Chunk chunk : chunks) {
      if (chunk instanceof Rule.Literal literal) {
        key.append(literal.text().replace("<", "<<"));
      } else {
        key.append('<').append(((Rule.Variable) chunk).converter().describe()).append('>');
      }
    }
    return key.toString();
  }

  /** The rule's parts with names erased: rules of one shape match the same paths. */
  public static String shape(Rule rule) {
    StringBuilder shape = new StringBuilder();
    for (Part part : of(rule)) {
      shape.append('/').append(part.key());
    }
    return shape.toString();
  }

  /** The parts of a rule: one per segment, until a variable spans segments. */
  public static List<Part> of(Rule rule) {
    List<Part> parts = new ArrayList<>();
    List<Rule.Segment> segments = rule.segments();
    for (int s = 0; s < segments.size(); s++) {
      Rule.Segment segment = segments.get(s);
      boolean spans = segment.chunks().stream()
          .anyMatch(c -> c instanceof Rule.Variable v && v.converter().spansSegments());
      if (!spans) {
        parts.add(new Part(join(segment.chunks()), false, false));
        continue;
      }
      List<Rule.Chunk> rest = new ArrayList<>(segment.chunks());
      for (int t = s + 1; t < segments.size(); t++) {
        rest.add(new Rule.Literal("/"));
        rest.addAll(segments.get(t).chunks());
      }
      List<Rule.Chunk> chunks = join(rest);
      Rule.Chunk last = chunks.get(chunks.size() - 1);
      if (last instanceof Rule.Literal literal && literal.text().endsWith("/")) {
        List<Rule.Chunk> unslashed = new ArrayList<>(chunks.subList(0, chunks.size() - 1));
        String text = literal.text().substring(0, literal.text().length() - 1);
        if (!text.isEmpty()) {
          unslashed.add(new Rule.Literal(text));
        }
        parts.add(new Part(List.copyOf(unslashed), true, true));
        parts.add(new Part(List.of(new Rule.Literal("")), false, false));
      } else {
        parts.add(new Part(chunks, true, false));
      }
      break;
    }
    return List.copyOf(parts);
  }

  private static List<Rule.Chunk> join(List<Rule.Chunk> chunks) {
    List<Rule.Chunk> joined = new ArrayList<>();
    for (Rule.Chunk chunk : chunks) {
      int last = joined.size() - 1;
      if (chunk instanceof Rule.Literal literal && last >= 0
          && joined.get(last) instanceof Rule.Literal previous) {
        joined.set(last, new Rule.Literal(previous.text() + literal.text()));
      } else {
        joined.add(chunk);
      }
    }
    return List.copyOf(joined);
  }

  /**
   * Werkzeug's weighting: more static chunks first; then, chunk by chunk, earlier and longer
   * static text first; then more variables first; then lower converter weights. Where Werkzeug
   * would fall back to registration order, the narrower converter goes first.
   */
  private static int compare(Part a, Part b) {
    List<int[]> staticA = staticWeights(a);
    List<int[]> staticB = staticWeights(b);
    int order = Integer.compare(-staticA.size(), -staticB.size());
    for (int i = 0; order == 0 && i < Math.min(staticA.size(), staticB.size()); i++) {
      order = Integer.compare(staticA.get(i)[1], staticB.get(i)[1]);
    }
    List<Rule.Variable> varsA = a.variables();
    List<Rule.Variable> varsB = b.variables();
    if (order == 0) {
      order = Integer.compare(-varsA.size(), -varsB.size());
    }
    for (int i = 0; order == 0 && i < Math.min(varsA.size(), varsB.size()); i++) {
      order = Integer.compare(varsA.get(i).converter().weight(), varsB.get(i).converter().weight());
    }
    for (int i = 0; order == 0 && i < Math.min(varsA.size(), varsB.size()); i++) {
      order = Integer.compare(varsA.get(i).converter().kind().narrowness,
          varsB.get(i).converter().kind().narrowness);
    }
    return order;
  }

  /**
   * Each piece of static text's index and negated length, as Werkzeug computes them: its rule
   * parser reads slashes apart from the text between them, so in a part that spans segments
   * {@code /edit} weighs as {@code edit}, and a lone {@code /} not at all.
   */
  private static List<int[]> staticWeights(Part part) {
    List<int[]> weights = new ArrayList<>();
    for (Rule.Chunk chunk : part.chunks()) {
      if (chunk instanceof Rule.Literal literal) {
        for (String piece : literal.text().split("/")) {
          if (!piece.isEmpty()) {
            weights.add(new int[] {weights.size(), -piece.length()});
          }
        }
      }
    }
    return weights;
  }
}
