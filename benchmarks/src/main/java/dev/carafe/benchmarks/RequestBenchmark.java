package dev.carafe.benchmarks;

import dev.carafe.App;
import dev.carafe.Body;
import dev.carafe.Environ;
import dev.carafe.HeaderList;
import dev.carafe.StartResponse;
import dev.carafe.sample.TeaShopApp;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost Carafe adds to one request between the server and the handler: routing, the request
 * object, the handler's call and the response, measured on the sample application without a
 * socket.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestBenchmark {
  private App app;
  private Environ home;
  private Environ tea;
  private Environ missing;

  /** Builds the application and the requests once. */
  @Setup
  public void setUp() {
    app = TeaShopApp.create();
    home = Environ.builder().pathInfo("/hello/world").build();
    tea = Environ.builder().pathInfo("/teas/2").build();
    missing = Environ.builder().pathInfo("/nowhere").build();
  }

  /** A dynamic route whose handler builds a small HTML page. */
  @Benchmark
  public Body helloPage(Blackhole hole) {
    return app.call(home, (status, headers) -> hole.consume(status));
  }

  /** An int-converted route whose handler looks up a record. */
  @Benchmark
  public Body teaPage(Blackhole hole) {
    return app.call(tea, (status, headers) -> hole.consume(status));
  }

  /** A path no rule matches: the 404 page. */
  @Benchmark
  public Body notFound(Blackhole hole) {
    StartResponse start = (int status, HeaderList headers) -> hole.consume(status);
    return app.call(missing, start);
  }
}
