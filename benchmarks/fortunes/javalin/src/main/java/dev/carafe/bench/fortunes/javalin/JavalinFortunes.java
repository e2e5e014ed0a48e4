package dev.carafe.bench.fortunes.javalin;

import dev.carafe.bench.fortunes.FortuneDatabase;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.Javalin;

/**
 * TechEmpower's fortunes page on Javalin 7 (Jetty) with its defaults, rendered by the same jte
 * template as Carafe's, precompiled (jte's {@code createPrecompiled}, as its documentation has a
 * production Javalin application load templates) and written as UTF-8 bytes, the way Carafe
 * renders it. Javalin's {@code javalin-rendering-jte} adapter would render into a {@code String}
 * instead (it is not served by the registry this repository builds from, and does no other work).
 *
 * <pre>java -jar fortunes-javalin.jar [--port 8080] [--database fortunes.sqlite|jdbc:postgresql:...]</pre>
 */
public final class JavalinFortunes {
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

  private JavalinFortunes() {}

  /** Starts the server and prints the line the benchmark script waits for. */
  public static void main(String[] args) {
    int port = 8080;
    String database = "fortunes.sqlite";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--database" -> database = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    Javalin app = start(FortuneDatabase.of(database), "127.0.0.1", port);
    System.out.println(" * Javalin fortunes on http://127.0.0.1:" + app.port() + "/fortunes");
  }

  /** Serves {@code GET /fortunes} from {@code fortunes} on {@code host}:{@code port} (0: any free port). */
  public static Javalin start(FortuneDatabase fortunes, String host, int port) {
    return Javalin.create(config -> {
      config.jetty.host = host;
      config.startup.showJavalinBanner = false;
      config.routes.get("/fortunes", ctx -> {
        Utf8ByteOutput page = new Utf8ByteOutput();
        TEMPLATES.render("fortunes.jte", fortunes.fortunes(), page);
        ctx.contentType("text/html; charset=utf-8").result(page.toByteArray());
      });
    }).start(port);
  }
}
