package dev.carafe.benchmarks.templates;

import gg.jte.generated.precompiled.StaticTemplates;
import gg.jte.generated.precompiled.Templates;
import gg.jte.output.Utf8ByteOutput;
import io.jstach.jstachio.output.ByteBufferEncodedOutput;
import io.jstach.jstachio.output.ByteBufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The blog index rendered to UTF-8 bytes three ways: jte through its typed facade, JStachio
 * through its generated renderer, and a hand-written {@link StringBuilder}. All three give the
 * same bytes ({@link #check}).
 */
public final class Pages {

  /** jte-models' facade: plain calls of the generated template classes. */
  static final Templates JTE = new StaticTemplates();

  /** JStachio's renderer with jte's escaping of text ({@link TextEscaper}): the same bytes. */
  static final IndexViewRenderer JSTACHIO = new IndexViewRenderer(null, TextEscaper.INSTANCE);

  private Pages() {}

  /** Flaskr's blog index for a logged-in user: {@code rows} posts, every third one theirs. */
  public static Ctx context() {
    return new Ctx(Ctx.flaskrRules(), new User(1, "alice"),
        List.of("Post created.", "Title is <required> & \"quoted\""));
  }

  public static List<Post> posts(int rows) {
    List<Post> posts = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      posts.add(new Post(i + 1, "Post " + (i + 1) + ": Tom & Jerry's <b>best</b>",
          "Body of post " + (i + 1) + " with <script>alert(\"x\")</script> & 'quotes' in it,"
              + " and some ordinary text after it to make a paragraph of a realistic length.",
          LocalDate.of(2026, 1 + i % 12, 1 + i % 28), i % 3 == 0 ? 1 : 2,
          i % 3 == 0 ? "alice" : "bob <admin>"));
    }
    return posts;
  }

  public static byte[] jte(Ctx ctx, List<Post> posts) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    JTE.index(ctx, posts).render(out);
    return out.toByteArray();
  }

  public static byte[] jstachio(Ctx ctx, List<Post> posts) {
    return jstachio(JSTACHIO, ctx, posts);
  }

  /** JStachio with its own HTML escaper: {@code " ' = `} escaped too, so a few bytes more. */
  public static byte[] jstachioOwnEscaper(Ctx ctx, List<Post> posts) {
    return jstachio(IndexViewRenderer.of(), ctx, posts);
  }

  private static byte[] jstachio(IndexViewRenderer renderer, Ctx ctx, List<Post> posts) {
    // Its EncodedOutput side: the pre-encoded static parts are copied in as bytes.
    ByteBufferEncodedOutput out = new ByteBufferedOutputStream();
    renderer.write(new IndexView(ctx, posts), out);
    return out.toByteArray();
  }

  public static byte[] baseline(Ctx ctx, List<Post> posts) {
    return Baseline.index(ctx, posts).getBytes(StandardCharsets.UTF_8);
  }

  /** Fails unless the three give the same bytes. */
  public static void check(Ctx ctx, List<Post> posts) {
    byte[] expected = baseline(ctx, posts);
    byte[] jte = jte(ctx, posts);
    byte[] jstachio = jstachio(ctx, posts);
    if (!java.util.Arrays.equals(expected, jte) || !java.util.Arrays.equals(expected, jstachio)) {
      throw new IllegalStateException("the pages differ: baseline " + expected.length
          + " bytes, jte " + jte.length + ", JStachio " + jstachio.length);
    }
  }

  /** Writes the three pages to DIR for a diff: {@code java -cp ... Pages DIR ROWS}. */
  public static void main(String[] args) throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
    int rows = Integer.parseInt(args[1]);
    Ctx ctx = context();
    List<Post> posts = posts(rows);
    java.nio.file.Files.write(dir.resolve("baseline.html"), baseline(ctx, posts));
    java.nio.file.Files.write(dir.resolve("jte.html"), jte(ctx, posts));
    java.nio.file.Files.write(dir.resolve("jstachio.html"), jstachio(ctx, posts));
    check(ctx, posts);
  }
}
