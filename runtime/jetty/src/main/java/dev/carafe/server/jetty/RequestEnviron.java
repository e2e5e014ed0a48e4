package dev.carafe.server.jetty;

import dev.carafe.gateway.Environ;
import java.io.InputStream;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

/** Makes the {@link Environ} of a Jetty request, reading its fields in place. */
final class RequestEnviron {
  private RequestEnviron() {}

  /**
   * The environ of {@code request}, its body read through {@code input}. The path is the
   * request's own, still percent-encoded as {@link Environ#pathInfo()} promises (Jetty's
   * {@link HttpURI#getPath()}; the connector lets ambiguous encodings such as {@code %2F} through
   * for the router to decode after matching), and the query string is raw too, or empty.
   *
   * @param requestThreads the thread-per-request executor requests run on, or {@code null} for
   *     Jetty's pool
   */
  static Environ of(Request request, InputStream input, Executor requestThreads) {
    HttpURI uri = request.getHttpURI();
    String query = uri.getQuery();
    Environ.Builder environ = Environ.builder()
        .method(request.getMethod())
        .scheme(uri.getScheme() != null ? uri.getScheme() : "http")
        .host(Request.getServerName(request))
        .port(Request.getServerPort(request))
        .scriptName("")
        .pathInfo(uri.getPath())
        .queryString(query == null ? "" : query)
        .protocol(request.getConnectionMetaData().getProtocol())
        .remoteAddress(remoteAddress(request))
        .headers(new HttpFieldsView(request.getHeaders()))
        .input(input);
    return requestThreads == null ? environ.build()
        : environ.attribute(Environ.REQUEST_THREADS, requestThreads).build();
  }

  private static String remoteAddress(Request request) {
    // The address as Jetty formats it, from the socket, with no reverse DNS lookup.
    String address = Request.getRemoteAddr(request);
    return address == null ? "" : address;
  }
}
