package dev.carafe.internal.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carafe.http.BadRequest;
import dev.carafe.http.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BindingTest {
  enum Size { SMALL, LARGE }

  private static void assertBadRequest(String description, Executable conversion) {
    BadRequest e = assertThrows(BadRequest.class, conversion);
    assertEquals(description, e.description());
  }

  @Test
  void aMalformedValueNamesTheParameterItsSourceAndWhatWasExpected() {
    assertBadRequest("Query parameter 'page' must be an integer, got 'abc'.",
        () -> Binding.convert("abc", "page", Source.QUERY, Binding::parseInt, Binding.INTEGER));
    assertBadRequest("Header 'X-Count' must be an integer, got '99999999999'.",
        () -> Binding.convert("99999999999", "X-Count", Source.HEADER, Binding::parseInt, Binding.INTEGER));
    assertBadRequest("Cookie 'ratio' must be a number, got 'NaN'.",
        () -> Binding.convert("NaN", "ratio", Source.COOKIE, Binding::parseDouble, Binding.NUMBER));
    assertBadRequest("Form field 'agree' must be true or false, got 'maybe'.",
        () -> Binding.convert("maybe", "agree", Source.FORM, Binding::parseBoolean, Binding.BOOLEAN));
    assertBadRequest("Header 'X-Id' must be a UUID, got '1-2-3-4-5'.",
        () -> Binding.convert("1-2-3-4-5", "X-Id", Source.HEADER, Binding::parseUuid, Binding.UUID));
    assertBadRequest("Query parameter 'size' must be one of SMALL, LARGE, got 'huge'.",
        () -> Binding.convert("huge", "size", Source.QUERY, Size::valueOf, "one of SMALL, LARGE"));
  }

  @Test
  void aMissingRequiredValueSaysWhatWasExpected() {
    assertBadRequest("Query parameter 'page' is required (an integer).",
        () -> Binding.convert(null, "page", Source.QUERY, Binding::parseInt, Binding.INTEGER));
    assertBadRequest("Cookie 'session' is required (a value).",
        () -> Binding.convert(null, "session", Source.COOKIE, text -> text, Binding.TEXT));
  }

  @Test
  void aDefaultStandsInForAnAbsentValueButNotForAMalformedOne() {
    assertEquals(1, (int) Binding.convert(null, "page", Source.QUERY, Binding::parseInt, Binding.INTEGER, 1));
    assertEquals(7, (int) Binding.convert("7", "page", Source.QUERY, Binding::parseInt, Binding.INTEGER, 1));
    assertBadRequest("Query parameter 'page' must be an integer, got 'x'.",
        () -> Binding.convert("x", "page", Source.QUERY, Binding::parseInt, Binding.INTEGER, 1));
    assertEquals(Size.SMALL, Binding.convert(null, "size", Source.QUERY, Size::valueOf, "a size",
        Size.SMALL));
  }

  @Test
  void anOptionalIsEmptyWhenAbsentAndStill400WhenMalformed() {
    assertEquals(Optional.empty(),
        Binding.optional(null, "id", Source.HEADER, Binding::parseUuid, Binding.UUID));
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertEquals(Optional.of(id), Binding.optional("123E4567-E89B-12D3-A456-426614174000", "id",
        Source.HEADER, Binding::parseUuid, Binding.UUID));
    assertThrows(BadRequest.class,
        () -> Binding.optional("nope", "id", Source.HEADER, Binding::parseUuid, Binding.UUID));
  }

  @ParameterizedTest
  @CsvSource({"true, true", "ON, true", "1, true", "yes, true", "false, false", "off, false",
      "0, false", "No, false"})
  void booleansAreReadAsFormsAndPeopleWriteThem(String raw, boolean expected) {
    assertEquals(expected, (boolean) Binding.convert(raw, "flag", Source.QUERY, Binding::parseBoolean, Binding.BOOLEAN));
  }

  @Test
  void numbersAreReadExactly() {
    assertEquals(-12, (int) Binding.convert("-12", "n", Source.QUERY, Binding::parseInt, Binding.INTEGER));
    assertEquals(9_000_000_000L, (long) Binding.convert("9000000000", "n", Source.QUERY, Binding::parseLong, Binding.INTEGER));
    assertEquals(0.5, (double) Binding.convert(".5", "n", Source.QUERY, Binding::parseDouble, Binding.NUMBER));
    assertEquals(1e3, (double) Binding.convert("1E3", "n", Source.QUERY, Binding::parseDouble, Binding.NUMBER));
    assertThrows(BadRequest.class, () -> Binding.convert("0x1p3", "n", Source.QUERY, Binding::parseDouble, Binding.NUMBER));
    assertThrows(BadRequest.class, () -> Binding.convert("1d", "n", Source.QUERY, Binding::parseDouble, Binding.NUMBER));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      " 12", "12 ", "1 2", "12\0", "12\r\n", "\0-12", "\t3",
      "\u0661\u0662", "\uff11\uff12", "", "-", "+", "--1", "1_000"})
  void anIntegerIsASignAndAsciiDigitsWithNothingAround(String raw) {
    assertBadRequest("Query parameter 'page' must be an integer, got '" + raw + "'.",
        () -> Binding.convert(raw, "page", Source.QUERY, Binding::parseInt, Binding.INTEGER));
    assertBadRequest("Form field 'quantity' must be an integer, got '" + raw + "'.",
        () -> Binding.convert(raw, "quantity", Source.FORM, Binding::parseLong, Binding.INTEGER));
  }

  @Test
  void aSignedIntegerIsRead() {
    assertEquals(12, (int) Binding.convert("+12", "n", Source.QUERY, Binding::parseInt, Binding.INTEGER));
    assertEquals(-7L, (long) Binding.convert("-007", "n", Source.QUERY, Binding::parseLong, Binding.INTEGER));
  }

  @ParameterizedTest
  @ValueSource(strings = {" 1.5", "1.5\0", "1.5\n", "\u0661.5", "Infinity", "1e999"})
  void aDecimalIsAsciiWithNothingAround(String raw) {
    assertBadRequest("Query parameter 'ratio' must be a number, got '" + raw + "'.",
        () -> Binding.convert(raw, "ratio", Source.QUERY, Binding::parseDouble, Binding.NUMBER));
  }

  @Test
  void aLongBadValueIsShortenedInTheMessage() {
    BadRequest e = assertThrows(BadRequest.class,
        () -> Binding.convert("x".repeat(500), "page", Source.QUERY, Binding::parseInt, Binding.INTEGER));
    assertEquals("Query parameter 'page' must be an integer, got '" + "x".repeat(80) + "...'.",
        e.description());
  }

  @Test
  void anEmptyOptionalReturnIsNotFound() {
    assertThrows(NotFound.class, () -> Returns.present(Optional.empty()));
    assertEquals("tea", Returns.present(Optional.of("tea")));
  }
}
