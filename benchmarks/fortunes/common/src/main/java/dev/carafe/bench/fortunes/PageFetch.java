package dev.carafe.bench.fortunes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One {@code GET} over HTTP, as wrk sends it, for the servers' tests: the status, the content type
 * and the body as UTF-8 text.
 *
 * @param status the response's status
 * @param contentType its {@code Content-Type}, or {@code null}
 * @param body its body, decoded as UTF-8
 */
public record PageFetch(int status, String contentType, String body) {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** Fetches {@code url}, giving up after 10 seconds. */
  public static PageFetch get(URI url) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = CLIENT.send(
        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new PageFetch(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        new String(response.body(), StandardCharsets.UTF_8));
  }
}
