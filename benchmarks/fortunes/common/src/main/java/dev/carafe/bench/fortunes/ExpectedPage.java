package dev.carafe.bench.fortunes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page every fortunes server must serve for TechEmpower's 12 rows, byte for byte, which each
 * server's test compares with: TechEmpower's expected page, with the messages escaped for HTML
 * text as jte escapes them ({@code &}, {@code <} and {@code >}; quotes need no escaping outside
 * attributes, and TechEmpower's checker compares the parsed text, not the bytes).
 */
public final class ExpectedPage {
  /** Its content type, the one TechEmpower requires. */
  public static final String CONTENT_TYPE = "text/html; charset=utf-8";

  private ExpectedPage() {}

  /** The page, from {@code fortunes.html} beside this class. */
  public static String html() {
    try (InputStream in = ExpectedPage.class.getResourceAsStream("fortunes.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
