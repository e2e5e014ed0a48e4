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

  @Test
  void aTemplateClassesFrameShowsTheTemplatesLinesByJtesLineMap() throws IOException {
    Path generated = Files.createDirectories(dir.resolve("generated/com/example/shop/templates/blog"));
    // As jte writes it: line 14 of the class renders line 3 of the template (2, plus one).
    Files.writeString(generated.resolve("JteindexGenerated.java"), String.join("\n",
        "package com.example.shop.templates.blog;",
        "public final class JteindexGenerated {",
        "\tpublic static final String JTE_NAME = \"blog/index.jte\";",
        "\tpublic static final int[] JTE_LINE_INFO = {0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,4};",
        "}", ""));
    Path templates = Files.createDirectories(dir.resolve("src/main/resources/templates/blog"));
    Files.writeString(templates.resolve("index.jte"),
        "@param java.util.List<Post> posts\n<h1>Posts</h1>\n${posts.get(0).title()}\n<p>end</p>\n");
    Files.createDirectories(dir.resolve("src/main/java"));
    SourceRoots roots = new SourceRoots(List.of(dir.resolve("src/main/java")),
        List.of(dir.resolve("generated")));

    Frame frame = Traceback.frame(at("com.example.shop.templates.blog.JteindexGenerated",
        "JteindexGenerated.java", 14), roots, true);
    assertEquals(Frame.Kind.APPLICATION, frame.kind());
    assertEquals(new SourceExcerpt("templates/blog/index.jte", 1, 3, List.of(
        "@param java.util.List<Post> posts", "<h1>Posts</h1>", "${posts.get(0).title()}",
        "<p>end</p>")), frame.source());
    assertTrue(frame.source().isTemplate());

    // Past the map, or with the template gone, the frame is the generated code's again.
    assertEquals(Frame.Kind.GENERATED, Traceback.frame(at(
        "com.example.shop.templates.blog.JteindexGenerated", "JteindexGenerated.java", 40),
        roots, true).kind());
    Files.delete(templates.resolve("index.jte"));
    assertEquals(Frame.Kind.GENERATED, Traceback.frame(at(
        "com.example.shop.templates.blog.JteindexGenerated", "JteindexGenerated.java", 14),
        roots, true).kind());
  }
}
