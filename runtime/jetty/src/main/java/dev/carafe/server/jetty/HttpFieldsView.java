package dev.carafe.server.jetty;

import dev.carafe.gateway.Headers;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;

/**
 * The request headers of a Jetty request seen through Carafe's {@link Headers}, read in place:
 * nothing is copied when a request arrives.
 */
final class HttpFieldsView implements Headers {
  private final HttpFields fields;

  HttpFieldsView(HttpFields fields) {
    this.fields = fields;
  }

  @Override
  public String first(String name) {
    return fields.get(name);
  }

  @Override
  public List<String> all(String name) {
    return List.copyOf(fields.getValuesList(name));
  }

  @Override
  public List<String> names() {
    return List.copyOf(fields.getFieldNamesCollection());
  }

  @Override
  public String toString() {
    return fields.toString();
  }
}
