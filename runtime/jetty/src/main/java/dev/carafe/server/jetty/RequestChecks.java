package dev.carafe.server.jetty;

import dev.carafe.gateway.HttpStatus;
import dev.carafe.server.TransferCodings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty's parser lets through and a server must refuse, checked before anything reads the
 * body, each answered and the connection closed: more header fields than allowed (431: Jetty
 * limits their bytes only), and a {@code Transfer-Encoding} other than {@code chunked} alone
 * ({@link TransferCodings}: 400, or 501 for a coding Jetty would pass on undone).
 */
final class RequestChecks extends Handler.Wrapper {
  private final int maxHeaderCount;

  RequestChecks(Handler next, int maxHeaderCount) {
    super(next);
    this.maxHeaderCount = maxHeaderCount;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpStatus refusal = refusal(request);
    if (refusal == null) {
      return super.handle(request, response, callback);
    }
    response.setStatus(refusal.code());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
    response.write(true,
        ByteBuffer.wrap(refusal.htmlPage().getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  private HttpStatus refusal(Request request) {
    HttpFields headers = request.getHeaders();
    if (headers.size() > maxHeaderCount) {
      return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
    }
    if (headers.contains(HttpHeader.TRANSFER_ENCODING)) {
      return TransferCodings.refusal(headers.getValuesList(HttpHeader.TRANSFER_ENCODING),
          request.getConnectionMetaData().getHttpVersion() == HttpVersion.HTTP_1_0,
          headers.contains(HttpHeader.CONTENT_LENGTH));
    }
    return null;
  }
}
