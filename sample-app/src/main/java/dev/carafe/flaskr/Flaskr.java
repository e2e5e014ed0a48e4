package dev.carafe.flaskr;

import dev.carafe.App;
import dev.carafe.Application;
import dev.carafe.BeforeRequest;
import dev.carafe.Command;
import dev.carafe.Get;
import dev.carafe.RequestContext;
import dev.carafe.Route;
import dev.carafe.config.Config;
import dev.carafe.gateway.Middleware;
import dev.carafe.middleware.AccessLog;
import dev.carafe.metrics.Metrics;
import dev.carafe.metrics.Profiling;
import dev.carafe.middleware.ProxyFix;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Flaskr, the blog of Flask's tutorial, on Carafe: this class is its {@code flaskr/__init__.py}.
 * Carafe generates {@code FlaskrApp} (Flask's {@code create_app}), {@code FlaskrMain} (run it),
 * {@code FlaskrUrls} and {@code FlaskrTemplates} beside it; {@link Auth} is {@code auth.py},
 * {@link Blog} {@code blog.py}, {@link Db} {@code db.py}, and the templates and {@code static/}
 * are in the resources, as Flaskr has them.
 *
 * <pre>
 * java -jar carafe-sample-app.jar init-db
 * java -jar carafe-sample-app.jar --port 8080
 * </pre>
 */
@Application
public class Flaskr {
  /**
   * The configuration key that says a proxy (nginx) sets {@code X-Forwarded-For} and
   * {@code X-Forwarded-Proto} in front of Flaskr ({@code CARAFE_BEHIND_PROXY=true}), so that they
   * are read; off by default, as a client could forge them where no proxy is.
   */
  public static final String BEHIND_PROXY = "BEHIND_PROXY";

  /**
   * The configuration key that serves request and JVM metrics for Prometheus at {@code /metrics}
   * ({@code CARAFE_METRICS=true}); off by default, since whoever reads them learns the traffic:
   * let Prometheus reach the instances, and keep the path from the public (deploy/nginx.conf).
   */
  public static final String METRICS = "METRICS";

  /** Flaskr's {@code SECRET_KEY="dev"}: fine on a laptop, never anywhere else. */
  public static final String DEVELOPMENT_SECRET_KEY = "dev";

  private static final System.Logger LOG = System.getLogger(Flaskr.class.getName());
  private final AtomicBoolean warnedOfTheKey = new AtomicBoolean();

  /**
   * {@code create_app}'s {@code app.config.from_mapping(...)}: the defaults, which a
   * {@code --config} file and the {@code CARAFE_} environment override ({@code CARAFE_SECRET_KEY},
   * {@code CARAFE_DATABASE}).
   */
  public Config config() {
    return Config.builder()
        .set(Config.SECRET_KEY, DEVELOPMENT_SECRET_KEY)
        .set(Db.DATABASE, Db.DEFAULT_DATABASE)
        .set(BEHIND_PROXY, "false")
        .set(METRICS, "false")
        .build();
  }

  /**
   * What the generated main serves Flaskr through, configured as it is served: behind a proxy
   * ({@link #BEHIND_PROXY}) Werkzeug's {@code ProxyFix} first, so that the rest see the client's
   * address and scheme; one access-log line per request (but in debug mode, where the launcher
   * logs each request to the terminal itself and Flaskr's log would repeat it); with
   * {@link #METRICS} the Prometheus scrape at {@code /metrics} and the timing of every other
   * request by endpoint; and a JFR event for every 10th request while a flight recording runs,
   * which costs a check otherwise.
   */
  public Middleware middleware() {
    return next -> {
      if (!(next instanceof App)) {
        return new AccessLog().wrap(next);
      }
      App app = (App) next;
      List<Middleware> layers = new ArrayList<>();
      if (app.config().flag(BEHIND_PROXY)) {
        layers.add(new ProxyFix());
      }
      if (!app.debug()) {
        layers.add(new AccessLog());
      }
      if (app.config().flag(METRICS)) {
        Metrics metrics = Metrics.of(app);
        layers.add(metrics.prometheus());
        layers.add(metrics);
      }
      layers.add(Profiling.of(app));
      return Middleware.chain(next, layers.toArray(new Middleware[0]));
    };
  }

  /** A simple page that says hello. */
  @Get("/hello")
  public String hello() {
    return "Hello, World!";
  }

  /**
   * Flask's {@code app.add_url_rule("/", endpoint="index")}: {@code urlFor("index")} is
   * {@code /}, which the blog's index answers.
   */
  @Route(value = "/", endpoint = "index", buildOnly = true)
  public void index() {}

  /** Flaskr's {@code init-db}: clears the existing data and creates new tables. */
  @Command(value = "init-db", help = "Clear the existing data and create new tables.")
  public static void initDb(App app, PrintStream out) {
    Db.initDb(app.config());
    out.println("Initialized the database.");
  }

  /** Says, loudly and once, that the development secret key signs the sessions. */
  @BeforeRequest
  public void warnOfTheDevelopmentKey() {
    if (DEVELOPMENT_SECRET_KEY.equals(RequestContext.current().app().config().get(Config.SECRET_KEY))
        && warnedOfTheKey.compareAndSet(false, true)) {
      LOG.log(Level.WARNING, "Flaskr signs sessions with the development secret key \"dev\":"
          + " anyone can forge them. Set CARAFE_SECRET_KEY to a long random value"
          + " (python3 -c 'import secrets; print(secrets.token_hex())').");
    }
  }
}
