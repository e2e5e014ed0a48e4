package dev.carafe.benchmarks;

import dev.carafe.App;
import dev.carafe.bench.server.BenchApp;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import dev.carafe.flaskr.FlaskrApp;
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
 * three are the endpoints benchmarks/wrk.sh measures whole (the same application); the last is
 * the sample application's (Flaskr's) {@code /hello}, which runs its before-request hooks (the
 * request id, the logged-in user, the secret key's check) and an after-request hook around its
 * handler. The {@code mayBlock...} ones are the question a server asks before it runs a request
 * (issue 16): the route of {@code /io/plaintext} and {@code /io/users/42}, two {@code @NonBlocking}
 * endpoints, and the endpoint's decision.
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
  private App flaskr;
  private Environ plaintext;
  private Environ user;
  private Environ missing;
  private Environ hello;
  private Environ ioPlaintext;
  private Environ ioUser;

  /** Builds the applications and the requests once. */
  @Setup
  public void setUp() {
    bench = BenchApp.create();
    flaskr = FlaskrApp.create();
    plaintext = get("/plaintext");
    user = get("/users/42");
    missing = get("/nowhere");
    hello = get("/hello");
    ioPlaintext = get("/io/plaintext");
    ioUser = get("/io/users/42");
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

  /** Whether {@code /io/plaintext} may block: a static rule's match and its decision. */
  @Benchmark
  public boolean mayBlockStatic() {
    return bench.mayBlock(ioPlaintext);
  }

  /** Whether {@code /io/users/42} may block: an int-converted rule's match and its decision. */
  @Benchmark
  public boolean mayBlockDynamic() {
    return bench.mayBlock(ioUser);
  }

  /** Flaskr's {@code /hello}: four hooks around a constant text. */
  @Benchmark
  public Body flaskrHelloWithHooks(Blackhole hole) {
    return flaskr.call(hello, start(hole));
  }

  private static StartResponse start(Blackhole hole) {
    return (status, headers) -> {
      hole.consume(status);
      hole.consume(headers);
    };
  }
}
