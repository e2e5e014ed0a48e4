package dev.carafe.internal.invoke;

import dev.carafe.Page;
import dev.carafe.Response;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.http.HttpException;
import dev.carafe.http.NotFound;
import java.util.Optional;

/**
 * Checks on what a handler returned, before generated code turns it into a response; the
 * conversions themselves are the factory methods of {@link dev.carafe.Response} (see the package
 * summary for which one each return type takes).
 */
public final class Returns {
  private Returns() {}

  /**
   * The value of an {@code Optional} a handler returned; an empty one means there is nothing at
   * that URL.
   *
   * @throws NotFound when {@code value} is empty (or {@code null})
   */
  public static <T> T present(Optional<T> value) {
    if (value == null || value.isEmpty()) {
      throw new NotFound();
    }
    return value.get();
  }

  /**
   * {@code value}, which a handler of endpoint {@code endpoint} returned and which must not be
   * {@code null}.
   *
   * @throws IllegalStateException when it is {@code null}, naming the endpoint and the ways out
   */
  public static <T> T required(T value, String endpoint) {
    if (value == null) {
      throw new IllegalStateException("The handler of endpoint '" + endpoint + "' returned null;"
          + " return a body, an Optional (empty answers 404), or declare the method void for 204"
          + " No Content");
    }
    return value;
  }

  /**
   * The response of a handler of {@code endpoint} that returned HTML text. This and the other
   * methods of one return type are what generated invokers call: a call javac resolves without
   * inference, which counts when an application has thousands of endpoints.
   */
  public static Response html(String value, String endpoint) {
    return Response.html(required(value, endpoint));
  }

  /** The response of a handler of {@code endpoint} that returned a rendered template. */
  public static Response page(Page value, String endpoint) {
    return Response.html(required(value, endpoint));
  }

  /** The response of a handler of {@code endpoint} that returned bytes. */
  public static Response bytes(byte[] value, String endpoint) {
    return Response.bytes(required(value, endpoint));
  }

  /** The response of a handler of {@code endpoint} that returned a value for JSON. */
  public static Response json(Object value, String endpoint) {
    return Response.json(required(value, endpoint));
  }

  /** The response of a handler of {@code endpoint} that returned a stream writer. */
  public static Response stream(Body.StreamWriter value, String endpoint) {
    return Response.stream("application/octet-stream", required(value, endpoint));
  }

  /** The response a handler of {@code endpoint} returned. */
  public static Response response(Response value, String endpoint) {
    return required(value, endpoint);
  }

  /**
   * The answer of an error handler that returned a body without a status of its own (text, bytes,
   * JSON): it takes the error's status and headers ({@code Allow} of a 405, for one), so that a
   * 404 page answers 404 rather than Flask's surprising 200. Other exceptions answer 500.
   */
  public static Response forError(Response body, Throwable error) {
    if (!(error instanceof HttpException)) {
      return body.withStatus(500);
    }
    HttpException http = (HttpException) error;
    Response answer = body.withStatus(http.status());
    HeaderList headers = http.headers();
    for (int i = 0; i < headers.size(); i++) {
      answer = answer.withOnlyHeader(headers.name(i), headers.value(i));
    }
    return answer;
  }
}
