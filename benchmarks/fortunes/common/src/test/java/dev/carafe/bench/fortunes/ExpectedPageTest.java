package dev.carafe.bench.fortunes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The page the servers' tests compare with holds what TechEmpower's checker looks for: the
 * {@code <script>} row as text, never as a tag, the Japanese row as UTF-8 text, and the 13 rows.
 */
class ExpectedPageTest {
  private final String page = ExpectedPage.html();

  @Test
  void theScriptRowIsEscapedText() {
    assertTrue(page.contains("<tr><td>11</td><td>&lt;script&gt;alert(\"This should not be"
        + " displayed in a browser alert box.\");&lt;/script&gt;</td></tr>"), page);
    assertFalse(page.contains("<script"), page);
  }

  @Test
  void theJapaneseRowIsLastAndUnescaped() {
    assertTrue(page.endsWith("<tr><td>12</td><td>フレームワークのベンチマーク</td></tr>"
        + "</table></body></html>\n"), page);
  }

  @Test
  void theAddedRowIsAmongTheThirteen() {
    assertEquals(13, page.split("<tr><td>", -1).length - 1);
    assertTrue(page.contains("<tr><td>0</td><td>Additional fortune added at request time.</td></tr>"));
  }
}
