package dev.carafe.templates.internal;

import dev.carafe.Page;
import gg.jte.html.HtmlContent;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * Renders a compiled template into a {@link Page}: what the generated {@code ...Templates}
 * methods call. The template writes UTF-8 bytes (its text was encoded at build time) through
 * jte's context-sensitive HTML escaping; nothing is looked up and nothing reflected.
 */
public final class Render {
  private Render() {}

  /** The page {@code template} writes, a call of a compiled template's {@code render}. */
  public static Page page(HtmlContent template) {
    PageBuffer bytes = new PageBuffer();
    template.writeTo(new OwaspHtmlTemplateOutput(bytes));
    return Page.ofUtf8(bytes.toByteArray());
  }
}
