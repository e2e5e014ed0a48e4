package dev.carafe.reload;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every request gets while the application does not compile, or compiled but did not
 * start: a 500 with each of javac's errors (message, file, line and the lines around it), or the
 * start's failure and its trace, until a build succeeds. HTML for a browser, in the debug page's
 * look; text for {@code curl} and scripts. No script on the page, and never cached.
 */
final class BrokenBuildPage implements Gateway {
  private static final String STYLE = """
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2327}
      header{padding:24px 32px 16px;background:#fbeae5;border-bottom:1px solid #f0cfc6}
      .badge{margin:0 0 4px;font-size:12px;text-transform:uppercase;letter-spacing:.08em;\
      color:#b5371b}
      h1{margin:0;font-size:24px;font-weight:600}
      main{padding:8px 32px 24px}
      h2{margin:24px 0 4px;font:600 14px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      .message{margin:0 0 8px;font:16px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
      white-space:pre-wrap}
      pre{margin:0;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
      background:#f6f8f9;padding:6px 0;border:1px solid #e3e7ea;border-radius:6px;overflow-x:auto}
      pre span{display:block;padding:0 12px}
      pre span.current{background:#ffe3a3}
      pre span i{display:inline-block;min-width:4em;color:#5f6b73;font-style:normal}
      footer{padding:16px 32px 32px;color:#5f6b73;font-size:13px;border-top:1px solid #e3e7ea}
      """;

  private final String title;
  private final String html;
  private final String text;

  private BrokenBuildPage(String title, String html, String text) {
    this.title = title;
    this.html = html;
    this.text = text;
  }

  /** The page for a compile that failed with {@code errors}. */
  static BrokenBuildPage compileErrors(List<CompileError> errors) {
    String title = errors.size() == 1 ? "1 compile error" : errors.size() + " compile errors";
    StringBuilder html = new StringBuilder();
    StringBuilder text = new StringBuilder(title).append("\n\n");
    for (CompileError error : errors) {
      text.append(error.terminalLine()).append('\n');
      html.append("<section>\n<h2>").append(escape(error.file() == null ? "javac"
          : error.file() + (error.line() > 0 ? ", line " + error.line() : "")))
          .append("</h2>\n<p class=message>").append(escape(error.message())).append("</p>\n");
      if (!error.excerpt().isEmpty()) {
        html.append("<pre>");
        long number = error.firstLine();
        for (String line : error.excerpt()) {
          html.append(number == error.line() ? "<span class=current>" : "<span>").append("<i>")
              .append(number).append("</i>").append(escape(line)).append("</span>");
          number++;
        }
        html.append("</pre>\n");
      }
      html.append("</section>\n");
    }
    return new BrokenBuildPage(title, html.toString(), text.toString());
  }

  /** The page for an application that compiled but did not start. */
  static BrokenBuildPage startFailure(Generation.StartFailure failure) {
    StringWriter trace = new StringWriter();
    if (failure.getCause() != null) {
      failure.getCause().printStackTrace(new PrintWriter(trace));
    }
    String html = "<section>\n<p class=message>" + escape(failure.getMessage()) + "</p>\n"
        + (trace.getBuffer().length() == 0 ? "" : "<pre>" + escape(trace.toString()) + "</pre>\n")
        + "</section>\n";
    return new BrokenBuildPage("The application did not start", html,
        "The application did not start\n\n" + failure.getMessage() + "\n\n" + trace);
  }

  @Override
  public Body call(Environ environ, StartResponse startResponse) {
    String accept = environ.headers().first("Accept");
    boolean browser = accept != null && accept.contains("text/html");
    byte[] body = (browser ? page() : text).getBytes(StandardCharsets.UTF_8);
    startResponse.start(500, HeaderList.of(
        "Content-Type", browser ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
        "Content-Length", Integer.toString(body.length),
        "Cache-Control", "no-store",
        "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"));
    return Body.of(body);
  }

  private String page() {
    return "<!doctype html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n<title>"
        + escape(title) + " // Carafe</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
        + "<header>\n<p class=badge>Carafe &middot; reload</p>\n<h1>" + escape(title)
        + "</h1>\n</header>\n<main>\n" + html + "</main>\n<footer>Fix the source and save: the"
        + " page is replaced by the application as soon as it compiles and starts.</footer>\n"
        + "</body>\n</html>\n";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
