package dev.carafe.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Werkzeug's {@code test_parse_date} and {@code test_http_date}, and the hostile inputs. */
class HttpDateTest {
  private static Instant utc(int y, int mo, int d, int h, int mi, int s) {
    return LocalDateTime.of(y, mo, d, h, mi, s).toInstant(ZoneOffset.UTC);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Sun, 06 Nov 1994 08:49:37 GMT    | 1994-11-06T08:49:37Z",
      "Sunday, 06-Nov-94 08:49:37 GMT   | 1994-11-06T08:49:37Z",
      "' Sun Nov  6 08:49:37 1994'      | 1994-11-06T08:49:37Z",
      "' Sun 02 Feb 1343 08:49:37 GMT'  | 1343-02-02T08:49:37Z",
      "Thu, 01 Jan 1970 00:00:00 GMT    | 1970-01-01T00:00:00Z",
      "Sun, 06 Nov 1994 08:49:37 -0800  | 1994-11-06T16:49:37Z",
      "Sun, 06 Nov 1994 08:49:37 +0130  | 1994-11-06T07:19:37Z",
      "Sun, 06 Nov 1994 08:49:37 PST    | 1994-11-06T16:49:37Z",
      "Sun, 06 Nov 1994 08:49:37 -0000  | 1994-11-06T08:49:37Z",
      "Sun, 06 Nov 1994 08:49:37        | 1994-11-06T08:49:37Z",
      "06 Nov 1994 08:49                | 1994-11-06T08:49:00Z",
      "06 November 1994 08.49.37 GMT    | 1994-11-06T08:49:37Z",
      "Nov 06 1994 08:49:37 GMT         | 1994-11-06T08:49:37Z",
      "Sun, 06 Nov 68 08:49:37 GMT      | 2068-11-06T08:49:37Z",
      "Sun, 06 Nov 69 08:49:37 GMT      | 1969-11-06T08:49:37Z",
      "Sun,06 Nov 1994 08:49:37 GMT     | 1994-11-06T08:49:37Z",
      "Sun, 06 Nov 1994 8.4 GMT x       | 1994-11-06T08:04:00Z",
  })
  void readsWhatPythonsEmailUtilsReads(String value, String expected) {
    assertEquals(Instant.parse(expected), HttpDate.parse(value));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"foo", "", " ", "Thu, 33 Jan 1970 00:00:00 GMT",
      "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:00:00 GMT",
      "Sun, 06 Nov 1994 08:60:00 GMT", "Sun, 06 Nov 1994 08:49:60 GMT",
      "Sun, 06 Nov 99999 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 +2400",
      "Sun, 06 Nov 1994 08:49:37 +99999999999999999999999999",
      "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37:12 GMT",
      "1 2 3 4 5", ",,,,", "Sun, 06 Nov -5 08:49:37 GMT", "Sun, 0x6 Nov 1994 08:49:37 GMT"})
  void whatItCannotReadIsNull(String value) {
    assertNull(HttpDate.parse(value));
  }

  @Test
  void nullIsNull() {
    assertNull(HttpDate.parse(null));
  }

  @Test
  void writesTheImfFixdateWithTwoDigitDaysAndFourDigitYears() {
    assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.format(utc(1994, 11, 6, 8, 49, 37)));
    assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDate.format(Instant.EPOCH));
    assertEquals("Mon, 01 Jan 0001 00:00:00 GMT", HttpDate.format(utc(1, 1, 1, 0, 0, 0)));
    assertEquals("Tue, 01 Jan 0999 00:00:00 GMT", HttpDate.format(utc(999, 1, 1, 0, 0, 0)));
    assertEquals("Wed, 01 Jan 2020 00:00:00 GMT", HttpDate.format(utc(2020, 1, 1, 0, 0, 0)));
    assertEquals("Wed, 01 Jan 2020 00:00:00 GMT",
        HttpDate.format(utc(2020, 1, 1, 0, 0, 0).plusMillis(999)), "fractions are dropped");
  }
}
