package dev.carafe.benchmarks.templates;

import java.util.List;

/**
 * The blog index written by hand into a {@link StringBuilder}, then encoded once: the floor for
 * both engines. Escapes as jte does: {@code & < >} in text, and quotes too in attributes.
 */
final class Baseline {
  private Baseline() {}

  static String index(Ctx ctx, List<Post> posts) {
    StringBuilder out = new StringBuilder(1024 + 600 * posts.size());
    out.append("<!doctype html>\n<title>Posts - Flaskr</title>\n"
        + "<link rel=\"stylesheet\" href=\"/static/style.css\">\n<nav>\n  <h1><a href=\"");
    attribute(out, ctx.urlFor("index"));
    out.append("\">Flaskr</a></h1>\n  <ul>\n");
    User user = ctx.user();
    if (user != null) {
      out.append("    <li><span>");
      text(out, user.username());
      out.append("</span></li>\n    <li><a href=\"");
      attribute(out, ctx.urlFor("auth.logout"));
      out.append("\">Log Out</a></li>\n");
    } else {
      out.append("    <li><a href=\"");
      attribute(out, ctx.urlFor("auth.register"));
      out.append("\">Register</a></li>\n    <li><a href=\"");
      attribute(out, ctx.urlFor("auth.login"));
      out.append("\">Log In</a></li>\n");
    }
    out.append("  </ul>\n</nav>\n<section class=\"content\">\n  <header>\n    \n"
        + "    <h1>Posts</h1>\n");
    if (user != null) {
      out.append("    <a class=\"action\" href=\"");
      attribute(out, ctx.urlFor("blog.create"));
      out.append("\">New</a>\n");
    }
    out.append("\n  </header>\n");
    for (String message : ctx.flashes()) {
      out.append("  <div class=\"flash\">");
      text(out, message);
      out.append("</div>\n");
    }
    out.append("  \n");
    for (int i = 0, n = posts.size(); i < n; i++) {
      Post post = posts.get(i);
      out.append("  <article class=\"post\">\n    <header>\n      <div>\n        <h1>");
      text(out, post.title());
      out.append("</h1>\n        <div class=\"about\">by ");
      text(out, post.username());
      out.append(" on ");
      text(out, post.created().toString());
      out.append("</div>\n      </div>\n");
      if (user != null && user.id() == post.authorId()) {
        out.append("      <a class=\"action\" href=\"");
        attribute(out, ctx.urlFor("blog.update", "id", post.id()));
        out.append("\">Edit</a>\n");
      }
      out.append("    </header>\n    <p class=\"body\">");
      text(out, post.body());
      out.append("</p>\n  </article>\n");
      if (i < n - 1) {
        out.append("  <hr>\n");
      }
    }
    out.append("\n</section>\n");
    return out.toString();
  }

  private static void text(StringBuilder out, String value) {
    escape(out, value, false);
  }

  private static void attribute(StringBuilder out, String value) {
    escape(out, value, true);
  }

  private static void escape(StringBuilder out, String value, boolean quotes) {
    int from = 0;
    for (int i = 0, n = value.length(); i < n; i++) {
      String entity = switch (value.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> quotes ? "&#34;" : null;
        case '\'' -> quotes ? "&#39;" : null;
        default -> null;
      };
      if (entity != null) {
        out.append(value, from, i).append(entity);
        from = i + 1;
      }
    }
    out.append(value, from, value.length());
  }
}
