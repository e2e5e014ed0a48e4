package dev.carafe.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Werkzeug's {@code test_range_parsing} and {@code Range.range_for_length}. */
class RangeHeaderTest {
  private static String ranges(RangeHeader header) {
    return header.ranges().stream().map(r -> r[0] + ":" + r[1]).collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bytes=52-          | bytes    | 52:-1",
      "bytes=52-99        | bytes    | 52:100",
      "bytes=52-99,-1000  | bytes    | 52:100 -1000:-1",
      "bytes = 1 - 100    | bytes    | 1:101",
      "AWesomes=0-999     | awesomes | 0:1000",
      "bytes=-0           | bytes    | 0:-1",
      "bytes=0-0,5-9      | bytes    | 0:1 5:10",
  })
  void readsWhatWerkzeugReads(String value, String units, String expected) {
    RangeHeader header = RangeHeader.parse(value);
    assertNotNull(header);
    assertEquals(units, header.units());
    assertEquals(expected, ranges(header));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bytes=52", "bytes=-", "bytes=bad", "bytes=bad-1", "bytes=-bad",
      "bytes=52-99, bad", "", "bytes", "bytes=5-1", "bytes=0-1,0-1", "bytes=5-9,0-1",
      "bytes=-5,0-1", "bytes=-5,-6", "bytes=+1-2", "bytes=1-+2", "bytes=\u0661-2", "bytes=1_0-20",
      "bytes=--5", "bytes=0-1,", "bytes=,0-1", "bytes=1--2"})
  void whatWerkzeugCannotReadIsNull(String value) {
    assertNull(RangeHeader.parse(value));
  }

  @Test
  void nullIsNull() {
    assertNull(RangeHeader.parse(null));
  }

  @ParameterizedTest(name = "{0} of 11")
  @CsvSource(delimiter = '|', value = {
      "bytes=0-4       | 0:5   | bytes 0-4/11",
      "bytes=6-666     | 6:11  | bytes 6-10/11",
      "bytes=0-0       | 0:1   | bytes 0-0/11",
      "bytes=0-10      | 0:11  | bytes 0-10/11",
      "bytes=-3        | 8:11  | bytes 8-10/11",
      "bytes=-11       | 0:11  | bytes 0-10/11",
      "bytes=-0        | 0:11  | bytes 0-10/11",
      "bytes=10-       | 10:11 | bytes 10-10/11",
      "Bytes=0-1       | 0:2   | bytes 0-1/11",
      "bytes=0-99999999999999999999999999 | 0:11 | bytes 0-10/11",
  })
  void aSingleRangeIsCutToTheLength(String value, String span, String contentRange) {
    RangeHeader header = RangeHeader.parse(value);
    long[] range = header.rangeFor(11);
    assertArrayEquals(List.of(span.split(":")).stream().mapToLong(Long::parseLong).toArray(), range);
    assertEquals(contentRange, header.contentRange(range, 11));
  }

  @ParameterizedTest(name = "{0} of 11")
  @ValueSource(strings = {"bytes=11-", "bytes=11-20", "bytes=-12", "bytes=0-1,3-4", "items=0-1",
      "bytes=99999999999999999999-", "bytes=-99999999999999999999"})
  void aRangeOutsideOrSeveralRangesAreNotSatisfiable(String value) {
    assertNull(RangeHeader.parse(value).rangeFor(11));
  }
}
