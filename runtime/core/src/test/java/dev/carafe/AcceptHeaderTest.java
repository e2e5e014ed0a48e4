package dev.carafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AcceptHeader}: the {@code q} of a content coding under {@code Accept-Encoding}. */
class AcceptHeaderTest {
  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "-                       | gzip | 0",
      "''                      | gzip | 0",
      "gzip, deflate, br       | br   | 1",
      "gzip, deflate, br       | gzip | 1",
      "gzip;q=0.5, br;q=0.8    | gzip | 0.5",
      "GZIP                    | gzip | 1",
      "x-gzip                  | gzip | 1",
      "br;q=0                  | br   | 0",
      "*                       | br   | 1",
      "*;q=0.3, gzip           | br   | 0.3",
      "*;q=0.3, br;q=0         | br   | 0",
      "identity                | gzip | 0",
      "br;q=2                  | br   | 0",
      "br;q=nope               | br   | 0",
  })
  void aCodingsQualityIsItsOwnEntrysElseTheWildcards(String header, String coding, double q) {
    assertEquals(q, AcceptHeader.encodingQuality(header, coding));
  }
}
