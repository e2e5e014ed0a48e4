package dev.carafe.internal.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which frames are the application's, and where their sources are found. */
class TracebackTest {
  @TempDir
  Path dir;

  private static StackTraceElement at(String className, String file, int line) {
    return new StackTraceElement(className, "run", file, line);
  }

  @Test
  void carafesJdksAndServersPackagesAreLibrariesButAnApplicationUnderDevCarafeIsNot() {
    assertTrue(Traceback.isLibraryClass("dev.carafe.internal.app.CompiledApp"));
    assertTrue(Traceback.isLibraryClass("dev.carafe.Request"));
    assertTrue(Traceback.isLibraryClass("java.lang.Thread"));
    assertTrue(Traceback.isLibraryClass("io.undertow.server.Connectors"));
    assertTrue(Traceback.isLibraryClass("org.eclipse.jetty.server.Server"));
    assertFalse(Traceback.isLibraryClass("dev.carafe.flaskr.Blog"));
    assertFalse(Traceback.isLibraryClass("com.example.shop.Cart"));
  }

  @Test
  void withoutSourcesAtHandEveryFrameOutsideTheLibrariesIsTheApplications() {
    SourceRoots none = new SourceRoots(List.of(dir.resolve("absent")), List.of());
    Frame frame = Traceback.frame(at("com.example.shop.Cart", "Cart.java", 3), none, none.present());
    assertEquals(Frame.Kind.APPLICATION, frame.kind());
    assertNull(frame.source());
  }

  @Test
  void generatedSourcesMakeAFrameGeneratedAndFolded() throws IOException {
    Path main = Files.createDirectories(dir.resolve("src/main/java/com/example/shop"));
    Path generated = Files.createDirectories(dir.resolve("generated/com/example/shop"));
    Files.writeString(main.resolve("Cart.java"), "a\nb\nc\n");
    Files.writeString(generated.resolve("ShopApp.java"), "x\n");
    SourceRoots roots = new SourceRoots(List.of(dir.resolve("src/main/java")),
        List.of(dir.resolve("generated")));
    Frame cart = Traceback.frame(at("com.example.shop.Cart$1", "Cart.java", 2), roots, true);
    assertEquals(Frame.Kind.APPLICATION, cart.kind());
    assertEquals(new SourceExcerpt("com/example/shop/Cart.java", 1, 2, List.of("a", "b", "c")),
        cart.source());
    assertEquals(Frame.Kind.GENERATED,
        Traceback.frame(at("com.example.shop.ShopApp$Calls0", "ShopApp.java", 1), roots, true).kind());
    assertEquals(Frame.Kind.LIBRARY,
        Traceback.frame(at("org.sqlite.core.DB", "DB.java", 1), roots, true).kind());
  }

  @Test
  void aFileNameThatIsNotAPlainNameIsNeverLookedUp() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "top secret\n");
    SourceRoots roots = new SourceRoots(List.of(dir.resolve("src")), List.of());
    Files.createDirectories(dir.resolve("src"));
    assertNull(roots.find(at("Cart", "../secret.txt", 1)));
    assertNull(roots.find(at("Cart", "/etc/passwd", 1)));
  }

  @Test
  void aLineOutsideTheFileShowsNoSource() throws IOException {
    Path root = Files.createDirectories(dir.resolve("src"));
    Files.writeString(root.resolve("Cart.java"), "one line\n");
    SourceRoots roots = new SourceRoots(List.of(root), List.of());
    assertNull(Traceback.frame(at("Cart", "Cart.java", 7), roots, true).source());
    assertNull(Traceback.frame(at("Cart", "Cart.java", -2), roots, true).source());
  }

  @Test
  void aCycleOfCausesEnds() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second", first);
    first.initCause(second);
    Traceback trace = Traceback.of(first, new SourceRoots(List.of(), List.of()));
    assertEquals(2, trace.links().size());
  }
}
