package dev.carafe.benchmarks;

import dev.carafe.App;
import dev.carafe.bench.server.BenchApp;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
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
 * The cost Carafe adds to one request between the server and the handler, without a socket:
 * routing, the request and its context, the handler's call, the response and the hooks. The first
 * three are the endpoints benchmarks/wrk.sh measures whole (the same application); the last is a
 * page of the sample application, which runs before-request hooks, an after-request hook and the
 * access log around its handler.
 *
 * <pre>java -jar benchmarks/target/carafe-benchmarks.jar RequestBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestBenchmark {
  private App bench;
  private App teaShop;
  private Environ plaintext;
  private Environ user;
  private Environ missing;
  private Environ tea;

  /** Builds the applications and the requests once. */
  @Setup
  public void setUp() {
    bench = BenchApp.create();
    teaShop = TeaShopApp.create();
    plaintext = get("/plaintext");
    user = get("/users/42");
    missing = get("/nowhere");
    tea = get("/teas/2");
  }

  private static Environ get(String path) {
    return Environ.builder().pathInfo(path).headers(HeaderList.of("Accept", "*/*")).build();
  }

  /** {@code /plaintext}: a static rule answering a constant text. */
  @Benchmark
  public Body plaintext(Blackhole hole) {
    return bench.call(plaintext, start(hole));
  }

  /** {@code /users/42}: an int-converted rule answering a small JSON text. */
  @Benchmark
  public Body user(Blackhole hole) {
    return bench.call(user, start(hole));
  }

  /** {@code /nowhere}: no rule matches; Carafe's 404 page. */
  @Benchmark
  public Body notFound(Blackhole hole) {
    return bench.call(missing, start(hole));
  }

  /** The sample application's {@code /teas/2}: hooks, a record lookup and an HTML page. */
  @Benchmark
  public Body teaPageWithHooks(Blackhole hole) {
    return teaShop.call(tea, start(hole));
  }

  private static StartResponse start(Blackhole hole) {
    return (status, headers) -> {
      hole.consume(status);
      hole.consume(headers);
    };
  }
}
