package dev.carafe.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The corpus format, as its README describes it. */
class CorpusFileTest {
  @Test
  void aCaseIsItsNameStatusesAndBytes() {
    List<CorpusCase> cases = CorpusFile.parse("t.txt", """
        # a comment
        === first
        # why
        expect: 400|closed
        send: half-close
        > POST /form HTTP/1.1
        > Content-Length: {{length}}
        > Cookie: session={{session}}
        >
        | a\\0b\\x41{{3*xy}}\\r\\n

        === second
        expect: 200
        > GET / HTTP/1.1
        >
        """);
    assertEquals(2, cases.size());
    CorpusCase first = cases.get(0);
    assertEquals("first", first.name());
    assertEquals(2, first.line());
    assertEquals(Set.of(400, CorpusCase.CLOSED), first.expected());
    assertTrue(first.halfClose());
    assertEquals("POST /form HTTP/1.1\r\nContent-Length: 12\r\nCookie: session=S\r\n\r\n"
        + "a\0bAxyxyxy\r\n",
        new String(first.bytes(Map.of("session", "S")), StandardCharsets.ISO_8859_1));
    assertEquals("GET / HTTP/1.1\r\n\r\n",
        new String(cases.get(1).bytes(Map.of()), StandardCharsets.ISO_8859_1));
  }

  @Test
  void nonAsciiTextIsSentAsUtf8() {
    CorpusCase c = CorpusFile.parse("t.txt", "=== c\nexpect: 200\n| é\n").get(0);
    assertEquals("\u00c3\u00a9", new String(c.bytes(Map.of()), StandardCharsets.ISO_8859_1));
  }

  @Test
  void aMalformedFileSaysWhere() {
    IllegalArgumentException noExpect = assertThrows(IllegalArgumentException.class,
        () -> CorpusFile.parse("t.txt", "=== c\n> GET / HTTP/1.1\n"));
    assertEquals("t.txt:1 c: a case needs an 'expect:' line and a request", noExpect.getMessage());
    IllegalArgumentException stray = assertThrows(IllegalArgumentException.class,
        () -> CorpusFile.parse("t.txt", "=== c\nexpect: 200\nGET / HTTP/1.1\n"));
    assertEquals("t.txt:3: not a corpus line: GET / HTTP/1.1", stray.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CorpusFile.parse("t.txt", "=== c\nexpect: 200\n> {{nope}}\n").get(0).bytes(Map.of()));
  }
}
