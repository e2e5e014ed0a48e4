package dev.carafe.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.Page;
import dev.carafe.templates.internal.Render;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A page as a compiled template writes it: its own text as it is, values escaped for where they
 * stand. (Templates compiled from files, with every global, are tested with the processor.)
 */
class RenderTest {
  @Test
  void valuesAreEscapedAndTheTemplatesOwnTextIsNot() {
    Page page = Render.page(output -> {
      output.writeContent("<p title=\"");
      output.setContext("p", "title");
      output.writeUserContent("\"><script>x</script>");
      output.setContext("p", null);
      output.writeContent("\">");
      output.writeUserContent("<b>tea</b> & cake");
      output.writeContent("</p>");
    });
    assertEquals("<p title=\"&#34;>&lt;script>x&lt;/script>\">&lt;b&gt;tea&lt;/b&gt; &amp; cake</p>",
        page.toString());
  }

  @Test
  void aPageIsItsUtf8Bytes() {
    Page page = Render.page(output -> output.writeBinaryContent("Théière ☕".getBytes(StandardCharsets.UTF_8)));
    assertEquals("Théière ☕", page.toString());
    assertEquals("Théière ☕".getBytes(StandardCharsets.UTF_8).length, page.length());
  }

  @Test
  void globalsOutsideARequestSaySo() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> TemplateGlobals.urlFor("index"));
    assertTrue(error.getMessage().startsWith("Working outside of request context."), error.getMessage());
  }
}
