package dev.carafe.sample;

/**
 * An error as the JSON API answers it, with the request's id to quote when reporting it.
 *
 * @param status the HTTP status
 * @param error the status's reason phrase, for example {@code Not Found}
 * @param message what went wrong
 * @param requestId the id of the request, as in its {@code X-Request-Id} header
 */
public record ApiError(int status, String error, String message, String requestId) {}
