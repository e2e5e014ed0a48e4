package dev.carafe.internal.debug;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The debug page as HTML: the exception, where the application's code failed, the chain with the
 * application's frames open and their source lines, runs of other frames folded into one
 * {@code <details>} each, the request, and the trace as text to copy. Everything from the
 * exception, the sources and the request is escaped. No script: folding is the browser's own
 * {@code <details>}.
 */
final class DebugHtml {
  /** The page's style sheet, inline and allowed by its hash, so no other style or script runs. */
  private static final String STYLE = """
      :root{color-scheme:light;--ink:#1d2327;--muted:#5f6b73;--line:#e3e7ea;--app:#fff8e5;\
      --accent:#b5371b;--code:#f6f8f9}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);\
      background:#fff}
      header{padding:24px 32px 16px;background:#fbeae5;border-bottom:1px solid #f0cfc6}
      .badge{margin:0 0 4px;font-size:12px;text-transform:uppercase;letter-spacing:.08em;\
      color:var(--accent)}
      h1{margin:0;font-size:24px;font-weight:600;word-break:break-word}
      .message{margin:6px 0 0;font:16px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
      white-space:pre-wrap;word-break:break-word}
      .where{margin:10px 0 0;color:var(--muted)}
      main{padding:8px 32px 24px}
      h2{font-size:18px;margin:24px 0 8px}
      h2 em{font-weight:400;color:var(--muted)}
      h3{margin:0 0 6px;font:600 14px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
      word-break:break-word}
      .link{margin:0 0 16px}
      .link.nested{margin-left:24px}
      .relation{margin:16px 0 4px;color:var(--muted)}
      ol.frames{list-style:none;margin:0;padding:0;border:1px solid var(--line);border-radius:6px}
      ol.frames>li{border-top:1px solid var(--line)}
      ol.frames>li:first-child{border-top:0}
      li.app{background:var(--app)}
      summary{cursor:pointer;padding:6px 12px;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,\
      Consolas,monospace;word-break:break-word}
      li.folded summary{color:var(--muted)}
      cite{font-style:normal;color:var(--muted)}
      pre{margin:0;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
      overflow-x:auto}
      pre.source{background:var(--code);padding:6px 0;border-top:1px solid var(--line)}
      pre.source span.l{display:block;padding:0 12px}
      pre.source span.current{background:#ffe3a3}
      pre.source span.no{display:inline-block;min-width:4em;color:var(--muted);user-select:none}
      .nosource{margin:0;padding:4px 12px 8px;color:var(--muted);font-size:13px}
      ol.inner{list-style:none;margin:0;padding:0 12px 8px 28px;font:13px/1.5 ui-monospace,\
      SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
      .common{margin:4px 0 0;color:var(--muted);font-size:13px}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{text-align:left;vertical-align:top;padding:4px 12px 4px 0;border-top:1px solid var(--line)}
      th{width:14em;font-weight:600}
      td{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
      td.masked{color:var(--muted)}
      pre.plain{background:var(--code);padding:12px;border:1px solid var(--line);border-radius:6px}
      footer{padding:16px 32px 32px;color:var(--muted);font-size:13px;border-top:1px solid var(--line)}
      """;

  /**
   * The page's policy: its own style sheet and nothing else; no script, no connection, no form,
   * no frame. A {@code SecurityHeaders} middleware keeps it, as it keeps any policy an
   * application sets.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '"
      + sha256(STYLE) + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private DebugHtml() {}

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("Every JDK has SHA-256", e);
    }
  }

  /** The page for {@code trace}, thrown on {@code request}. */
  static String render(Traceback trace, RequestFacts request) {
    Traceback.Link first = trace.links().get(0);
    StringBuilder page = new StringBuilder(16_384);
    page.append("<!doctype html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n")
        .append("<meta name=viewport content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(simpleName(first.type())))
        .append(first.message() == null ? "" : ": " + escape(oneLine(first.message())))
        .append(" // Carafe debug</title>\n<style>").append(STYLE).append("</style>\n</head>\n")
        .append("<body>\n<header>\n<p class=badge>Carafe &middot; debug mode</p>\n<h1>")
        .append(escape(first.type())).append("</h1>\n");
    if (first.message() != null) {
      page.append("<p class=message>").append(escape(first.message())).append("</p>\n");
    }
    page.append("<p class=where>");
    Frame failed = trace.innermostApplicationFrame();
    if (failed != null && failed.source() != null && failed.source().isTemplate()) {
      page.append("In the template <code>").append(escape(failed.source().file()))
          .append("</code>, line ").append(failed.source().currentLine()).append(", on ");
    } else if (failed != null) {
      StackTraceElement at = failed.element();
      page.append("In <code>").append(escape(simpleName(at.getClassName()))).append('.')
          .append(escape(at.getMethodName())).append("</code>, ")
          .append(escape(String.valueOf(at.getFileName()))).append(" line ")
          .append(at.getLineNumber()).append(", on ");
    } else {
      page.append("On ");
    }
    page.append("<code>").append(escape(request.method())).append(' ')
        .append(escape(request.path())).append("</code></p>\n</header>\n<main>\n")
        .append("<section class=traceback>\n<h2>Traceback <em>(most recent call first)</em></h2>\n");
    for (Traceback.Link link : trace.links()) {
      link(page, link);
    }
    page.append("</section>\n");
    request(page, request);
    page.append("<section>\n<h2>The trace as text</h2>\n<details>\n")
        .append("<summary>To copy into an issue or a search</summary>\n<pre class=plain>")
        .append(escape(trace.text())).append("</pre>\n</details>\n</section>\n</main>\n")
        .append("<footer>Carafe shows this page because the application runs in debug mode "
            + "(<code>DEBUG</code>). Nothing on it runs code. Never turn debug mode on where "
            + "others can reach the server: it shows your sources and each request's "
            + "headers.</footer>\n</body>\n</html>\n");
    return page.toString();
  }

  private static void link(StringBuilder page, Traceback.Link link) {
    page.append("<div class=\"link").append(link.depth() > 0 ? " nested" : "").append("\">\n");
    if (link.relation() != null) {
      page.append("<p class=relation>").append(escape(link.relation())).append(":</p>\n");
    }
    page.append("<h3>").append(escape(link.headline())).append("</h3>\n<ol class=frames>\n");
    List<Frame> folded = new ArrayList<>();
    for (Frame frame : link.frames()) {
      if (frame.isApplication()) {
        folded(page, folded);
        application(page, frame);
      } else {
        folded.add(frame);
      }
    }
    folded(page, folded);
    page.append("</ol>\n");
    if (link.inCommon() > 0) {
      page.append("<p class=common>&hellip; ").append(link.inCommon())
          .append(link.inCommon() == 1 ? " frame" : " frames")
          .append(" in common with the exception above</p>\n");
    }
    page.append("</div>\n");
  }

  private static void application(StringBuilder page, Frame frame) {
    StackTraceElement at = frame.element();
    page.append("<li class=app><details open>\n<summary><code>")
        .append(escape(at.getClassName())).append('.').append(escape(at.getMethodName()))
        .append("</code> <cite>").append(escape(frame.source() != null && frame.source().isTemplate()
            ? frame.source().file() + ":" + frame.source().currentLine()
            : location(at))).append("</cite></summary>\n");
    SourceExcerpt source = frame.source();
    if (source == null) {
      page.append("<p class=nosource>The source is not at hand: the page looks under "
          + "<code>src/main/java</code> and <code>src/test/java</code>, or the folders "
          + "<code>DEBUG_SOURCE_ROOTS</code> lists.</p>\n");
    } else {
      page.append("<pre class=source>");
      int number = source.firstLine();
      for (String line : source.lines()) {
        page.append(number == source.currentLine() ? "<span class=\"l current\">" : "<span class=l>")
            .append("<span class=no>").append(number).append("</span>")
            .append(line.isEmpty() ? " " : escape(line.replace("\t", "    "))).append("</span>");
        number++;
      }
      page.append("</pre>\n");
    }
    page.append("</details>\n");
  }

  /** Writes the run of frames in {@code frames} as one folded item, and empties it. */
  private static void folded(StringBuilder page, List<Frame> frames) {
    if (frames.isEmpty()) {
      return;
    }
    Set<String> origins = new LinkedHashSet<>();
    frames.forEach(frame -> origins.add(origin(frame)));
    page.append("<li class=folded><details>\n<summary>").append(frames.size())
        .append(frames.size() == 1 ? " frame" : " frames").append(" of ")
        .append(escape(String.join(", ", origins))).append("</summary>\n<ol class=inner>\n");
    for (Frame frame : frames) {
      page.append("<li>").append(escape(frame.element().getClassName())).append('.')
          .append(escape(frame.element().getMethodName())).append(" <cite>")
          .append(escape(location(frame.element()))).append("</cite>\n");
    }
    page.append("</ol>\n</details>\n");
    frames.clear();
  }

  /** Whose a folded frame is, in a word: Carafe, a JDK module, generated code or a package. */
  private static String origin(Frame frame) {
    String className = frame.element().getClassName();
    if (frame.kind() == Frame.Kind.GENERATED) {
      return "generated code";
    }
    if (className.startsWith("dev.carafe.")) {
      return "Carafe";
    }
    if (frame.element().getModuleName() != null) {
      return frame.element().getModuleName();
    }
    int first = className.indexOf('.');
    int second = first < 0 ? -1 : className.indexOf('.', first + 1);
    return second < 0 ? className : className.substring(0, second);
  }

  private static String location(StackTraceElement at) {
    if (at.isNativeMethod()) {
      return "native";
    }
    if (at.getFileName() == null) {
      return "unknown source";
    }
    return at.getLineNumber() >= 0 ? at.getFileName() + ":" + at.getLineNumber() : at.getFileName();
  }

  private static void request(StringBuilder page, RequestFacts request) {
    page.append("<section class=request>\n<h2>Request</h2>\n<table>\n");
    row(page, "Request", request.method() + " " + request.path());
    row(page, "Endpoint", request.endpoint() == null ? "none matched" : request.endpoint());
    if (request.rule() != null) {
      row(page, "Rule", request.rule());
    }
    rows(page, "View argument", request.viewArgs());
    rows(page, "Query argument", request.query());
    rows(page, "Form field", request.form());
    rows(page, "File", request.files());
    row(page, "Session keys", request.session());
    page.append("</table>\n<h2>Headers</h2>\n<table>\n");
    for (RequestFacts.Row header : request.headers()) {
      row(page, header.name(), header.value());
    }
    page.append("</table>\n</section>\n");
  }

  private static void rows(StringBuilder page, String title, List<RequestFacts.Row> rows) {
    for (RequestFacts.Row row : rows) {
      row(page, title + " " + row.name(), row.value());
    }
  }

  private static void row(StringBuilder page, String name, String value) {
    boolean masked = value.contains(SensitiveNames.MASK);
    page.append("<tr><th>").append(escape(name)).append("</th><td")
        .append(masked ? " class=masked" : "").append('>').append(escape(value))
        .append("</td></tr>\n");
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static String oneLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** MarkupSafe's escaping: the five characters that matter in text and in quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&#34;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
