package dev.carafe.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderListTest {
  @Test
  void carriageReturnOrLineFeedInAValueIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> HeaderList.of("Location", "/next\r\nSet-Cookie: stolen=1"));
    assertThrows(IllegalArgumentException.class,
        () -> HeaderList.empty().with("X-Note", "line\nbreak"));
  }

  @Test
  void namesThatAreNotTokensAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> HeaderList.of("Bad Name", "x"));
    assertThrows(IllegalArgumentException.class, () -> HeaderList.of("Colon:", "x"));
    assertThrows(IllegalArgumentException.class, () -> HeaderList.of("", "x"));
    assertThrows(IllegalArgumentException.class, () -> HeaderList.of("X-\r\nInjected", "x"));
  }

  @Test
  void namesAndValuesMustComeInPairs() {
    assertThrows(IllegalArgumentException.class, () -> HeaderList.of("Content-Type"));
  }

  @Test
  void namesMatchWithoutRegardToCaseAndRepeatsKeepTheirOrder() {
    HeaderList headers = HeaderList.of("Set-Cookie", "a=1", "Content-Type", "text/plain")
        .with("set-cookie", "b=2");
    assertEquals("text/plain", headers.first("content-type"));
    assertEquals(List.of("a=1", "b=2"), headers.all("SET-COOKIE"));
    assertEquals(List.of("Set-Cookie", "Content-Type"), headers.names());
    assertNull(headers.first("Location"));
  }

  @Test
  void withOnlyReplacesEveryValueAndLeavesTheOriginalAlone() {
    HeaderList original = HeaderList.of("Vary", "Accept", "Vary", "Cookie");
    HeaderList replaced = original.withOnly("vary", "Origin");
    assertEquals(List.of("Origin"), replaced.all("Vary"));
    assertEquals(List.of("Accept", "Cookie"), original.all("Vary"));
    assertFalse(replaced.without("Vary").contains("Vary"));
  }

  @Test
  void tabsAndLatinOneTextAreAllowedInValues() {
    assertTrue(HeaderList.of("X-Note", "caf\u00e9\tok").contains("X-Note"));
  }
}
