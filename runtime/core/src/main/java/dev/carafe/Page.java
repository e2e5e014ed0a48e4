package dev.carafe;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A rendered HTML page: the UTF-8 bytes a template wrote, Flask's {@code render_template(...)}
 * result. A handler that returns a {@code Page} answers 200 {@code text/html; charset=utf-8} with
 * it; {@link Response#html(Page)} sends it with another status or more headers.
 *
 * <pre>{@code
 * @Get("/")
 * public Page index() {
 *   return ShopTemplates.index(catalog.teas());     // templates/index.jte
 * }
 * }</pre>
 *
 * <p>The generated {@code ...Templates} class of an application makes pages, one method per
 * template. A page is immutable and sent as it is, without another encoding pass.
 */
public final class Page {
  private final byte[] utf8;

  private Page(byte[] utf8) {
    this.utf8 = utf8;
  }

  /**
   * The page of {@code utf8}, the bytes of an HTML document in UTF-8. The array is not copied:
   * do not change it afterwards.
   */
  public static Page ofUtf8(byte[] utf8) {
    return new Page(Objects.requireNonNull(utf8, "utf8"));
  }

  /** The page of {@code html}, encoded in UTF-8. */
  public static Page of(String html) {
    return new Page(html.getBytes(StandardCharsets.UTF_8));
  }

  /** The page's bytes, in UTF-8; a copy. */
  public byte[] bytes() {
    return utf8.clone();
  }

  /** The number of bytes of the page. */
  public int length() {
    return utf8.length;
  }

  /** The bytes as they are, for {@link Response} to send without copying. */
  byte[] utf8() {
    return utf8;
  }

  /** The page's HTML, decoded. */
  @Override
  public String toString() {
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
