package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.test.TestClient;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node with hundreds of static children, as large applications have: its perfect hash and the
 * rest of the tables are read from text.
 * Matching, 405s and 404s must be what they are in a small table, and no method may grow with the
 * number of children.
 */
class WideTableTest {
  private static final int RESOURCES = 300;
  private static Compilation compilation;
  private static TestClient client;

  @BeforeAll
  static void compileWideApplication() {
    List<String> lines = new ArrayList<>(List.of("package wide;", "import dev.carafe.*;", "public class Resources {"));
    for (int k = 0; k < RESOURCES; k++) {
      lines.add("  @Get(\"/w" + k + "\") public String list" + k + "() { return \"list " + k + "\"; }");
      lines.add("  @Get(\"/w" + k + "/<int:id>\") public String show" + k + "(int id) { return \"show " + k + " \" + id; }");
      lines.add("  @Post(\"/w" + k + "/edit\") public String edit" + k + "() { return \"edit " + k + "\"; }");
      lines.add("  @Get(\"/w" + k + "/<name>/x<int:n>\") public String sub" + k
          + "(String name, int n) { return \"sub " + k + " \" + name + \" \" + n; }");
    }
    lines.add("}");
    compilation = Compiler.compile(
        Compiler.source("wide.Wide", "package wide;", "@dev.carafe.Application public class Wide {}"),
        Compiler.source("wide.Resources", lines.toArray(new String[0])));
    assertThat(compilation).succeeded();
    client = new TestClient(Compiler.app(compilation, "wide.Wide"));
  }

  @Test
  void everyChildOfTheWideNodeIsFound() {
    for (int k = 0; k < RESOURCES; k++) {
      assertEquals("list " + k, client.get("/w" + k).text());
      assertEquals("show " + k + " " + (k * 3), client.get("/w" + k + "/" + (k * 3)).text());
      assertEquals("edit " + k, client.post("/w" + k + "/edit", "").text());
      assertEquals("sub " + k + " a" + k + " 7", client.get("/w" + k + "/a" + k + "/x7").text());
    }
  }

  @Test
  void methodsAndMissesAnswerAsInASmallTable() {
    assertEquals(405, client.post("/w17", "").status());
    assertEquals("GET, HEAD, OPTIONS", client.post("/w17", "").header("Allow"));
    assertEquals(405, client.get("/w250/edit").status());
    assertEquals("OPTIONS, POST", client.get("/w250/edit").header("Allow"));
    assertEquals(404, client.get("/w300").status());
    assertEquals(404, client.get("/w").status());
    assertEquals(404, client.get("/w12/abc/x").status());
    assertEquals(308, client.get("/w12//5").status());
    assertEquals("/w12/5", client.get("/w12//5").header("Location").replaceFirst("^https?://[^/]*", ""));
  }

  @Test
  void noMethodGrowsWithTheChildren() throws IOException {
    int methods = 0;
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS || file.getName().contains("/Resources")) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        for (Map.Entry<String, Integer> method : ClassFiles.codeLengths(in).entrySet()) {
          methods++;
          assertTrue(method.getValue() <= 8000, file.getName() + " " + method.getKey() + " has " + method.getValue());
        }
      }
    }
    assertTrue(methods > 100, "methods checked: " + methods);
  }

  @Test
  void theTablesAreDataAndOnlyTheInvokersAreSplitByChunk() {
    List<String> classes = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        classes.add(file.getName().replaceFirst(".*/wide/", "").replace(".class", ""));
      }
    }
    // 1,200 endpoints: 38 invoker classes of 32 endpoints each; the dispatch table, the URL
    // templates and the endpoints are text constants, so nothing else needs a class of its own.
    assertTrue(classes.contains("WideApp$Calls37"), "WideApp$Calls37 in " + classes);
    assertFalse(classes.contains("WideApp$Calls38"), "WideApp$Calls38 in " + classes);
    assertTrue(classes.stream().noneMatch(c -> c.startsWith("WideDispatch$") || c.startsWith("WideUrls$")),
        classes.toString());
  }
}
