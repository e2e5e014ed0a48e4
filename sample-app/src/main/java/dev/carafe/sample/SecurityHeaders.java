package dev.carafe.sample;

import dev.carafe.AfterRequest;
import dev.carafe.Response;

/** Adds the headers that keep browsers from second-guessing the shop's answers, to every one. */
public class SecurityHeaders {
  /** Browsers must not sniff a content type other than the one sent, nor frame the shop. */
  @AfterRequest
  public Response add(Response response) {
    return response
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("X-Frame-Options", "DENY");
  }
}
