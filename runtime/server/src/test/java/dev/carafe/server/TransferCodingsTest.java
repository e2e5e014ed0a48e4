package dev.carafe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.carafe.gateway.HttpStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferCodingsTest {
  @Test
  void chunkedAloneIsRead() {
    assertNull(TransferCodings.refusal(List.of("chunked"), false, false));
    assertNull(TransferCodings.refusal(List.of("Chunked"), false, false));
    assertNull(TransferCodings.refusal(List.of(" , chunked ,"), false, false));
  }

  @Test
  void aBodyWhoseEndCannotBeKnownIsABadRequest() {
    assertEquals(HttpStatus.BAD_REQUEST, TransferCodings.refusal(List.of("gzip"), false, false));
    assertEquals(HttpStatus.BAD_REQUEST,
        TransferCodings.refusal(List.of("chunked, gzip"), false, false));
    assertEquals(HttpStatus.BAD_REQUEST,
        TransferCodings.refusal(List.of("chunked, chunked"), false, false));
    assertEquals(HttpStatus.BAD_REQUEST,
        TransferCodings.refusal(List.of("chunked", "chunked"), false, false));
    assertEquals(HttpStatus.BAD_REQUEST, TransferCodings.refusal(List.of(""), false, false));
  }

  @Test
  void chunkedBesideAContentLengthOrInHttp10IsABadRequest() {
    assertEquals(HttpStatus.BAD_REQUEST, TransferCodings.refusal(List.of("chunked"), false, true));
    assertEquals(HttpStatus.BAD_REQUEST, TransferCodings.refusal(List.of("chunked"), true, false));
  }

  @Test
  void aCodingTheServerWouldHandOnUndoneIsNotImplemented() {
    assertEquals(HttpStatus.NOT_IMPLEMENTED,
        TransferCodings.refusal(List.of("gzip, chunked"), false, false));
    assertEquals(HttpStatus.NOT_IMPLEMENTED,
        TransferCodings.refusal(List.of("gzip", "chunked"), false, false));
  }
}
