package dev.carafe.server.undertow;

import dev.carafe.gateway.Headers;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.HttpString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The request headers of an Undertow exchange seen through Carafe's {@link Headers}, read in place:
 * nothing is copied when a request arrives, and a header the application never asks for costs
 * nothing.
 */
final class HeaderMapView implements Headers {
  private final HeaderMap map;

  HeaderMapView(HeaderMap map) {
    this.map = map;
  }

  @Override
  public String first(String name) {
    return map.getFirst(name);
  }

  @Override
  public List<String> all(String name) {
    HeaderValues values = map.get(name);
    return values == null ? List.of() : Collections.unmodifiableList(values);
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>(map.size());
    for (HttpString name : map.getHeaderNames()) {
      names.add(name.toString());
    }
    return Collections.unmodifiableList(names);
  }

  @Override
  public String toString() {
    return map.toString();
  }
}
