package dev.carafe.benchmarks.templates;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 12: Flaskr's blog index (a layout with a url helper, the flashed messages and a block;
 * a page listing {@code rows} posts whose text needs escaping) rendered to the UTF-8 bytes a
 * server sends, by jte 3.2.5 ({@code Utf8ByteOutput}, binary static content, through the
 * jte-models facade), by JStachio 1.3.7 (its pre-encoded renderer into a byte buffer) and by hand
 * ({@link StringBuilder}, then {@code getBytes}). The three give the same bytes, checked at setup;
 * {@code jstachioOwnEscaper} is JStachio with its default escaper, which also escapes quotes in
 * text (a few bytes more).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TemplateBenchmark {

  @Param({"10", "100"})
  public int rows;

  private Ctx ctx;
  private List<Post> posts;

  @Setup
  public void setUp() {
    ctx = Pages.context();
    posts = Pages.posts(rows);
    Pages.check(ctx, posts);
  }

  @Benchmark
  public byte[] baseline() {
    return Pages.baseline(ctx, posts);
  }

  @Benchmark
  public byte[] jte() {
    return Pages.jte(ctx, posts);
  }

  @Benchmark
  public byte[] jstachio() {
    return Pages.jstachio(ctx, posts);
  }

  @Benchmark
  public byte[] jstachioOwnEscaper() {
    return Pages.jstachioOwnEscaper(ctx, posts);
  }
}
