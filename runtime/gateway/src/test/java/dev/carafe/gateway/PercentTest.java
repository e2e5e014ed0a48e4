package dev.carafe.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentTest {
  @Test
  void decodesUtf8Escapes() {
    assertEquals("caf\u00e9 au lait", Percent.decode("caf%C3%A9%20au%20lait"));
  }

  @Test
  void anInvalidEscapeIsKeptAsSent() {
    assertEquals("100%", Percent.decode("100%"));
    assertEquals("%zz and %4", Percent.decode("%zz and %4"));
    assertEquals("a%2", Percent.decode("a%2"));
  }

  @Test
  void onlyAsciiHexDigitsMakeAnEscape() {
    // Found by PercentFuzzTest: Character.digit read N'Ko six (U+07C6) as 6, and %2\u07c6 as '&'.
    assertEquals("%2\u07c6", Percent.decode("%2\u07c6"));
    assertEquals("%\uff21\uff21", Percent.decode("%\uff21\uff21"));
  }

  @Test
  void bytesThatAreNotUtf8BecomeReplacementCharacters() {
    assertEquals("\ufffd", Percent.decode("%FF"));
  }

  @Test
  void plusIsNotASpaceInAPath() {
    assertEquals("a+b", Percent.decode("a+b"));
  }

  @Test
  void decodesOnlyTheGivenRange() {
    assertEquals("a/b", Percent.decode("/user/a%2Fb/edit", 6, 11));
  }

  @Test
  void encodingASegmentEscapesSlashAndReadsBackTheSame() {
    String value = "a/b c?\u00e9";
    String encoded = Percent.encodeSegment(value);
    assertEquals("a%2Fb%20c%3F%C3%A9", encoded);
    assertEquals(value, Percent.decode(encoded));
    assertEquals("docs/a%20b", Percent.encodePath("docs/a b"));
    assertEquals("a%26b%3Dc%2B", Percent.encodeQuery("a&b=c+"));
  }
}
