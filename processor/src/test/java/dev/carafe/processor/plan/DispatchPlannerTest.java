package dev.carafe.processor.plan;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.read.Sources;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan of a small application, as plain data, apart from the code written from it: the
 * route tree, its order, its hashes, its terminals and the wiring.
 */
class DispatchPlannerTest {
  private static DispatchPlan plan;

  /** Reads the sources as the processor does, and plans them; writes nothing. */
  private static final class Planner extends AbstractProcessor {
    private Sources sources;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (sources == null) {
        sources = new Sources(processingEnv, new Diagnostics(processingEnv.getMessager()));
      }
      sources.read(round);
      if (plan == null && sources.application() != null) {
        plan = DispatchPlanner.plan(sources.applicationModel());
      }
      return false;
    }
  }

  @BeforeAll
  static void planShop() {
    Compilation compilation = javac().withProcessors(new Planner()).compile(
        JavaFileObjects.forSourceLines("shop.Shop", "package shop;",
            "@dev.carafe.Application public class Shop {}"),
        JavaFileObjects.forSourceLines("shop.Pages", "package shop;", "import dev.carafe.*;",
            "public class Pages {",
            "  @Get(\"/\") public String index() { return \"\"; }",
            "  @Get(\"/about\") public String about() { return \"\"; }",
            "  @Get(\"/page/<name>\") public String byName(String name) { return name; }",
            "  @Get(\"/page/<int:n>\") public String byNumber(int n) { return \"\"; }",
            "  @Get(\"/page/<int:n>/edit\") public String edit(long n) { return \"\"; }",
            "  @Route(value = \"/docs/\", strictSlashes = false) public String docs() { return \"\"; }",
            "}"));
    assertThat(compilation).succeeded();
    assertNotNull(plan);
  }

  private static DispatchPlan.Node node(int id) {
    return plan.nodes().get(id);
  }

  private static DispatchPlan.Node child(DispatchPlan.Node node, String literal) {
    return node(node.child(literal));
  }

  @Test
  void rulesWithoutVariablesShareOneWholePathTable() {
    List<String> paths = plan.statics().paths().stream().map(DispatchPlan.StaticPath::path).toList();
    assertEquals(List.of("/", "/about", "/docs/"), paths);
    for (DispatchPlan.StaticPath path : plan.statics().paths()) {
      assertEquals(path.path(), plan.statics().hash().slots()[path.slot()]);
    }
  }

  @Test
  void aNodeWithSeveralLiteralsHasAPerfectHashOverThem() {
    DispatchPlan.Node root = node(0);
    // "static" is the static folder's, which every application has unless it turns it off.
    assertEquals(List.of("", "about", "docs", "page", "static"),
        root.statics().stream().map(DispatchPlan.StaticEdge::literal).toList());
    assertNotNull(root.hash());
    assertNull(child(root, "page").hash(), "one literal is compared, not hashed");
  }

  @Test
  void anIntIsTriedBeforeAStringAndKnowsItsHandlerTakesAnInt() {
    DispatchPlan.Node page = child(node(0), "page");
    List<String> order = page.dynamics().stream().map(edge -> edge.part().key()).toList();
    assertEquals(List.of("<int>", "<string>"), order);
    // /page/<int:n> takes an int; the /edit rule below the same node takes a long.
    assertEquals(List.of(true), page.dynamics().get(0).intSized());
  }

  @Test
  void aLenientRuleIsReachedOneSlashShortOfIt() {
    DispatchPlan.Node docs = child(node(0), "docs");
    DispatchPlan.Node slashed = child(docs, "");
    assertEquals(new DispatchPlan.Slashed(slashed.terminal(), null), docs.slashed());
    assertEquals(slashed.terminal(), slashed.lenient());
  }

  @Test
  void terminalsNameTheEndpointsOfTheirRules() {
    DispatchPlan.Node about = child(node(0), "about");
    int index = plan.terminals().get(about.terminal()).get(0);
    assertEquals("about", plan.endpoints().get(index).name());
  }

  @Test
  void theWiringMakesEachControllerOnce() {
    assertEquals(1, plan.controllers().size());
    assertEquals("pages", plan.controllers().get(0).field());
    assertNull(plan.controllers().get(0).provider());
    assertEquals(Map.of(), plan.blueprints());
    assertEquals(Map.of(), plan.converterFields());
  }
}
