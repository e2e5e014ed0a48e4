package dev.carafe.processor.plan;

import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Part;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An application's generated code, planned once and then only read by the writers: the
 * whole-path table of the rules without variables, the route tree with a perfect hash per node,
 * the terminals each node answers with, the fields that hold the application's own converters,
 * and the wiring (which controllers the application makes, and how). Every search (seeds,
 * displacements, sampled positions) and every decision is made when the plan is made, so writing
 * is a pure function of it.
 *
 * @param app the application; a terminal names its endpoints by index in {@code app.endpoints()}
 * @param statics the table of the rules without variables, or {@code null} when there are none
 * @param nodes the route tree's nodes, by id; node 0 is the root
 * @param terminals the terminal table: each terminal's endpoints, in the order first used; a node
 *     or a whole path names its terminals by their index here
 * @param converterFields the field holding each of the application's converters, in first use
 * @param controllers the controllers the wiring holds an instance of, in the order first called
 * @param blueprints each blueprint's URL prefix, by name
 * @param nonBlocking for each endpoint of {@code app.endpoints()}, whether its requests never
 *     block, so that the server may answer them on its I/O thread
 * @param routingErrorsNonBlocking whether the requests that match no endpoint never block
 */
public record DispatchPlan(
    ApplicationModel app,
    StaticTable statics,
    List<Node> nodes,
    List<List<Integer>> terminals,
    Map<CustomConverter, String> converterFields,
    List<Controller> controllers,
    Map<String, String> blueprints,
    List<Boolean> nonBlocking,
    boolean routingErrorsNonBlocking) {

  public List<EndpointModel> endpoints() {
    return app.endpoints();
  }

  /** The field holding the instance of {@code owner}, which declares routes or hooks. */
  public String instanceOf(TypeElement owner) {
    for (Controller controller : controllers) {
      if (controller.type().equals(owner)) {
        return controller.field();
      }
    }
    throw new IllegalStateException("No instance of " + owner);
  }

  /** The field that holds {@code converter}, or {@code null} when it is a built-in one. */
  public String converterField(Converter converter) {
    return converter.kind() == Converter.Kind.CUSTOM ? converterFields.get(converter.custom()) : null;
  }

  /**
   * The rules without variables: one perfect hash over the length and a few sampled characters
   * of the whole path, so a lookup is one hash pass and one comparison.
   *
   * @param positions the characters hashed (see {@link SampledPositions})
   * @param hash the hash over the paths, whose slots hold the paths
   * @param lengths whether some path has each length, up to the longest
   * @param paths each path with its slot and its endpoints, in the order the rules come
   */
  public record StaticTable(int[] positions, PerfectHashPlan hash, boolean[] lengths, List<StaticPath> paths) {
    /** Copies the arrays in and out, so that a plan cannot change once made. */
    public StaticTable {
      positions = positions.clone();
      lengths = lengths.clone();
    }

    @Override
    public int[] positions() {
      return positions.clone();
    }

    @Override
    public boolean[] lengths() {
      return lengths.clone();
    }
  }

  /**
   * One path of the whole-path table.
   *
   * @param slot its slot in the hash
   * @param terminal the terminal of its rules
   */
  public record StaticPath(String path, int slot, int terminal) {}

  /**
   * One state of the route tree.
   *
   * @param id the node's number: a parent's is smaller than its children's
   * @param captures how many variables every path to the node has captured
   * @param rules the text of each rule that ends here, in order
   * @param terminal the terminal of every rule ending here, or {@code null} when none does
   * @param lenient the terminal of the rules ending here without strict slashes, or {@code null}
   * @param slashed the terminals of the rules one empty segment further (a trailing slash), or
   *     {@code null} when no rule ends there
   * @param statics the static transitions, in literal order
   * @param hash the perfect hash over the static literals when there are two or more, else
   *     {@code null}
   * @param dynamics the dynamic transitions, in the order they are tried
   */
  public record Node(int id, int captures, List<String> rules, Integer terminal, Integer lenient,
      Slashed slashed, List<StaticEdge> statics, PerfectHashPlan hash, List<DynamicEdge> dynamics) {

    /** The child reached by {@code literal}. */
    public int child(String literal) {
      for (StaticEdge edge : statics) {
        if (edge.literal().equals(literal)) {
          return edge.child();
        }
      }
      throw new IllegalArgumentException("No static child " + literal + " at node " + id);
    }
  }

  /**
   * The terminals one trailing slash further: lenient rules match there, strict ones redirect.
   *
   * @param lenient the terminal of the lenient rules there, or {@code null}
   * @param strict the terminal of the strict rules there, or {@code null}
   */
  public record Slashed(Integer lenient, Integer strict) {}

  /**
   * A controller class the generated application makes one instance of.
   *
   * @param type the class
   * @param field the name of the field and builder method that hold it
   * @param provider the application class's method that makes it, or {@code null} for its
   *     constructor without parameters
   * @param isApplication whether it is the application class itself, which declares hooks
   */
  public record Controller(TypeElement type, String field, ExecutableElement provider, boolean isApplication) {}

  /** A static transition: a segment of exactly {@code literal}. */
  public record StaticEdge(String literal, int child) {}

  /**
   * A dynamic transition.
   *
   * @param part what it matches
   * @param child the node it leads to
   * @param intSized for each of the part's variables, whether a handler below takes it as an
   *     {@code int}, so that a larger number is no match
   */
  public record DynamicEdge(Part part, int child, List<Boolean> intSized) {}
}
