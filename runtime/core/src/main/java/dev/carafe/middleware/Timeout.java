package dev.carafe.middleware;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.HttpStatus;
import dev.carafe.gateway.Middleware;
import dev.carafe.gateway.StartResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Answers {@code 503 Service Unavailable} when the application takes longer than a limit to
 * answer, interrupts the handler's thread and logs one warning naming the request; the server
 * goes on serving.
 *
 * <pre>{@code
 * Gateway served = Middleware.chain(app, new AccessLog(), new Timeout(Duration.ofSeconds(30)));
 * }</pre>
 *
 * <p>The application runs on a thread of its own, of the kind the server gave the request (a
 * virtual thread when the server gives each request one, on JDK 21 and later:
 * {@link Environ#REQUEST_THREADS}; else a platform thread from a pool), while the server's thread waits for it at most the limit. So the client has its 503 on
 * time whatever the handler does, and the server's own thread, which may be in the middle of its
 * connection's I/O, is never interrupted. What a handler does when interrupted is up to it:
 * <ul>
 *   <li>one that waits ({@code Thread.sleep}, a lock, a queue, most JDBC drivers' socket reads)
 *       gets an {@code InterruptedException} (or an interrupted I/O error) and ends;
 *   <li>a busy one that checks {@code Thread.interrupted()} can stop where it likes;
 *   <li>one that ignores the interrupt runs to its end on its thread, which it keeps till then
 *       (Java cannot stop a thread); its response is dropped, a streamed body is handed an
 *       output that refuses writes so that its teardown still runs. Many such handlers at once
 *       means as many threads busy for nothing: the timeout protects clients, not the machine.
 * </ul>
 *
 * <p>The limit covers producing the response, up to the gateway's return. A streamed body is
 * written afterwards by the server and is not limited: a long download or an event stream is
 * not a slow handler. The 503 asks the client to close the connection, since the abandoned
 * handler may still be reading the request's body. Thread-bound state of layers outside this one
 * (a logging context) is not carried over to the handler's thread: put such layers inside.
 */
public final class Timeout implements Middleware {
  private static final System.Logger LOG = System.getLogger(Timeout.class.getName());
  private static final byte[] PAGE =
      HttpStatus.SERVICE_UNAVAILABLE.htmlPage().getBytes(StandardCharsets.UTF_8);

  private final long limitNanos;
  private final String limitText;
  private final Executor executor;

  /** A timeout of {@code limit}, running each handler as described above. */
  public Timeout(Duration limit) {
    this(limit, null);
  }

  /**
   * A timeout of {@code limit}, running each handler on {@code executor} ({@code null}: as
   * described above), which should start a task at once: the time a task waits in a queue counts
   * against the handler, and one not started within the limit is dropped.
   */
  public Timeout(Duration limit, Executor executor) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("A timeout must be longer than zero, got " + limit);
    }
    this.limitNanos = limit.toNanos();
    this.limitText = limit.toString().substring(2).toLowerCase(Locale.ROOT);
    this.executor = executor;
  }

  @Override
  public Gateway wrap(Gateway next) {
    return (environ, startResponse) -> {
      Run run = new Run(next, environ);
      (executor != null ? executor : HandlerThreads.of(environ)).execute(run);
      boolean interrupted = false;
      try {
        if (run.done.await(limitNanos, TimeUnit.NANOSECONDS)) {
          return run.answer(startResponse);
        }
      } catch (InterruptedException e) {
        // The server is stopping: give up on the handler as on a slow one.
        interrupted = true;
      }
      String handler = run.abandon();
      if (handler == null) {
        // It finished just as the limit passed.
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        return run.answer(startResponse);
      }
      LOG.log(Level.WARNING, (interrupted ? "Interrupted while waiting for " : "Timed out after "
          + limitText + " on ") + environ.scriptName() + environ.pathInfo() + " [" + environ.method() + "]: answered 503"
          + " and " + handler);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      startResponse.start(503, HeaderList.of("Content-Type", "text/html; charset=utf-8",
          "Connection", "close"));
      return Body.of(PAGE);
    };
  }

  /** The thread's name, or for a nameless virtual thread its id: {@code VirtualThread[#46]}. */
  private static String name(Thread thread) {
    if (!thread.getName().isEmpty()) {
      return "'" + thread.getName() + "'";
    }
    String text = thread.toString();
    int state = text.indexOf('/');
    return state < 0 ? text : text.substring(0, state);
  }

  /** One call of the downstream gateway on the handler's thread, and what became of it. */
  private static final class Run implements Runnable {
    private final Gateway next;
    private final Environ environ;
    private final HeldStart held = new HeldStart();
    private final CountDownLatch done = new CountDownLatch(1);
    private Thread thread;
    private boolean finished;
    private boolean abandoned;
    private Body body;
    private RuntimeException failure;
    private Error error;

    Run(Gateway next, Environ environ) {
      this.next = next;
      this.environ = environ;
    }

    @Override
    public void run() {
      synchronized (this) {
        if (abandoned) {
          return;
        }
        thread = Thread.currentThread();
      }
      Body result = null;
      try {
        result = next.call(environ, held);
      } catch (RuntimeException e) {
        failure = e;
      } catch (Error e) {
        error = e;
      }
      boolean late;
      synchronized (this) {
        finished = true;
        late = abandoned;
        body = result;
        if (late) {
          // The interrupt was this middleware's: a pooled thread goes back clean.
          Thread.interrupted();
        }
      }
      held.close();
      done.countDown();
      if (late) {
        drop(result);
      }
    }

    /**
     * Gives up on the handler: interrupts its thread and says so, or returns {@code null} when
     * it has finished after all.
     */
    synchronized String abandon() {
      if (finished) {
        return null;
      }
      abandoned = true;
      // The handler may still start its response, unheard, and end as it would have.
      if (thread == null) {
        return "dropped the handler, which the executor had not started yet";
      }
      thread.interrupt();
      return "interrupted the handler's thread " + name(thread);
    }

    /** Passes on the handler's answer (or its failure) once it has finished. */
    Body answer(StartResponse startResponse) {
      if (failure != null) {
        throw failure;
      }
      if (error != null) {
        throw error;
      }
      if (held.started() && body != null) {
        startResponse.start(held.status(), held.headers());
      }
      return body;
    }

    /**
     * A late streamed body is handed an output that refuses writes, so that the application's
     * teardown (which runs when its stream ends) is not skipped.
     */
    private static void drop(Body late) {
      if (late instanceof Body.Stream stream) {
        try {
          stream.writer().writeTo(Refused.OUTPUT);
        } catch (IOException | RuntimeException e) {
          // Expected: the writer was told its client is gone.
        }
      }
    }
  }

  /** The output of a dropped response: every write fails, as to a client that went away. */
  private static final class Refused extends OutputStream {
    static final Refused OUTPUT = new Refused();

    @Override
    public void write(int b) throws IOException {
      throw new IOException("The response was dropped: the request had already timed out");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      write(0);
    }
  }
}
