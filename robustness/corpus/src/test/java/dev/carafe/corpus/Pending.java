package dev.carafe.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code corpus/PENDING.txt}: the cases that fail today because another piece of work (a server
 * adapter's limits, form parsing, JSON limits) has not landed yet, each with the area that owns
 * it. A line is {@code name  # area: why}, or {@code name@jetty} (or {@code @undertow}) when only
 * one server fails it.
 */
final class Pending {
  private final Map<String, String> reasons;

  private Pending(Map<String, String> reasons) {
    this.reasons = reasons;
  }

  /** The list as the test resources hold it. */
  static Pending load() {
    try (InputStream in = Pending.class.getResourceAsStream("/corpus/PENDING.txt")) {
      Map<String, String> reasons = new LinkedHashMap<>();
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String entry = line.strip();
          if (entry.isEmpty() || entry.startsWith("#")) {
            continue;
          }
          int hash = entry.indexOf('#');
          String key = (hash < 0 ? entry : entry.substring(0, hash)).strip();
          reasons.put(key, hash < 0 ? "" : entry.substring(hash + 1).strip());
        }
      }
      return new Pending(reasons);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Why {@code name} is pending on {@code server}, or null when it must pass. */
  String reason(String name, String server) {
    String reason = reasons.get(name);
    return reason != null ? reason : reasons.get(name + "@" + server);
  }

  /** The names listed, without their server suffix. */
  java.util.Set<String> names() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    reasons.keySet().forEach(k -> names.add(k.replaceAll("@(jetty|undertow)$", "")));
    return names;
  }
}
