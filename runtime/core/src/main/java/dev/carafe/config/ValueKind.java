package dev.carafe.config;

import dev.carafe.json.Json;
import io.avaje.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of value and the forms it takes: how its text (an environment variable, a line of a
 * {@code .properties} file) and its JSON are read, how a value set in code is checked, and how it
 * is shown. A value that does not fit throws {@link Invalid}, which says what was expected; the
 * caller adds the key and where the value came from.
 */
abstract class ValueKind<T> {
  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
  private static final String SECONDS_OR_ISO =
      "whole seconds or an ISO-8601 duration such as PT1H";

  /** {@code true} or {@code false}, and {@code 1}/{@code 0}, {@code yes}/{@code no}, any case. */
  static final ValueKind<Boolean> FLAG = new ValueKind<>("true or false (or 1/0, yes/no)") {
    @Override
    Boolean parse(String text) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "true":
        case "1":
        case "yes":
          return true;
        case "false":
        case "0":
        case "no":
          return false;
        default:
          throw invalid();
      }
    }
  };

  /** Text that is not empty, such as a secret key. */
  static final ValueKind<String> NOT_EMPTY = new ValueKind<>("text") {
    @Override
    String parse(String text) {
      return check(text);
    }

    @Override
    String check(String value) {
      if (value.isEmpty()) {
        throw new Invalid("must not be empty");
      }
      return value;
    }
  };

  /** A cookie name: a token of RFC 6265, as {@code dev.carafe.SetCookie} requires. */
  static final ValueKind<String> COOKIE_NAME =
      new ValueKind<>("a cookie name (letters, digits and !#$%&'*+-.^_`|~)") {
        @Override
        String parse(String text) {
          return check(text);
        }

        @Override
        String check(String value) {
          if (value.isEmpty() || !value.chars().allMatch(
              c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
            throw invalid();
          }
          return value;
        }
      };

  /** A cookie's {@code Domain}: text a cookie attribute can hold. */
  static final ValueKind<String> COOKIE_DOMAIN = attribute("a domain such as example.com", false);

  /** A cookie's {@code Path}: an attribute that starts with {@code /}. */
  static final ValueKind<String> COOKIE_PATH = attribute("a path that starts with /", true);

  /** A cookie's {@code SameSite}, in any case, kept as Flask writes it. */
  static final ValueKind<String> SAME_SITE = new ValueKind<>("Lax, Strict or None") {
    @Override
    String parse(String text) {
      return check(text.trim());
    }

    @Override
    String check(String value) {
      for (String allowed : List.of("Lax", "Strict", "None")) {
        if (allowed.equalsIgnoreCase(value)) {
          return allowed;
        }
      }
      throw invalid();
    }
  };

  /** Texts in order (secret keys, endpoint names): a JSON array, or texts separated by commas. */
  static final ValueKind<List<String>> TEXT_LIST =
      new ValueKind<>("a JSON array of strings, or strings separated by commas") {
        @Override
        List<String> parse(String text) {
          String trimmed = text.trim();
          if (trimmed.isEmpty()) {
            return List.of();
          }
          if (trimmed.startsWith("[")) {
            Object json;
            try {
              json = Json.read(trimmed.getBytes(StandardCharsets.UTF_8));
            } catch (JsonException e) {
              throw invalid();
            }
            return fromJson(json);
          }
          List<String> keys = new ArrayList<>();
          for (String key : trimmed.split(",", -1)) {
            keys.add(key.trim());
          }
          return check(keys);
        }

        @Override
        List<String> fromJson(Object json) {
          if (!(json instanceof List<?>)) {
            return super.fromJson(json);
          }
          List<String> keys = new ArrayList<>();
          for (Object key : (List<?>) json) {
            if (!(key instanceof String)) {
              throw invalid();
            }
            keys.add((String) key);
          }
          return check(keys);
        }

        @Override
        List<String> check(List<String> value) {
          for (String key : value) {
            if (key == null) {
              throw invalid();
            }
            if (key.isEmpty()) {
              throw new Invalid("must not hold an empty key");
            }
          }
          return List.copyOf(value);
        }
      };

  /** A duration that is not negative, such as a session's lifetime. */
  static final ValueKind<Duration> LIFETIME = duration(false);

  /** A duration above zero, such as a timeout: zero would cut every connection at once. */
  static final ValueKind<Duration> TIMEOUT = new ValueKind<>(SECONDS_OR_ISO) {
    @Override
    Duration parse(String text) {
      return check(LIFETIME.parse(text));
    }

    @Override
    Duration check(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new Invalid("must be more than zero");
      }
      return value;
    }

    @Override
    String show(Duration value) {
      return value.toString();
    }
  };

  /** Any duration, for the application's own keys. */
  static final ValueKind<Duration> DURATION = duration(true);

  /** A whole number that fits an {@code int}, for the application's own keys. */
  static final ValueKind<Integer> INTEGER = integer("a whole number", Integer.MIN_VALUE);

  /** What a value of this form must be, after "must be". */
  final String expected;

  ValueKind(String expected) {
    this.expected = expected;
  }

  /**
   * The value {@code text} stands for.
   *
   * @throws Invalid when it stands for none of this form
   */
  abstract T parse(String text);

  /**
   * {@code value}, set in code, as it is kept: checked, and in its usual spelling.
   *
   * @throws Invalid when it is not a value of this form
   */
  T check(T value) {
    return value;
  }

  /**
   * The value of a field of a JSON file: a string, number or boolean is read as its text, so
   * {@code 3600} and {@code "3600"} are the same.
   *
   * @throws Invalid for an array or an object, or text that does not fit
   */
  T fromJson(Object json) {
    if (json instanceof List<?>) {
      throw new Invalid("must be " + expected, "an array");
    }
    if (json instanceof Map<?, ?>) {
      throw new Invalid("must be " + expected, "an object");
    }
    return parse(String.valueOf(Objects.requireNonNull(json, "json")));
  }

  /** {@code value} as text, as {@link Config#toString()} and messages show it. */
  String show(T value) {
    return String.valueOf(value);
  }

  /** The failure of a value that is not of this form. */
  Invalid invalid() {
    return new Invalid("must be " + expected);
  }

  /** A whole number of {@code unit} from {@code min} up, as a {@code long}. */
  static ValueKind<Long> wholeLong(String expected, long min) {
    return new ValueKind<>(expected) {
      @Override
      Long parse(String text) {
        String trimmed = text.trim();
        if (!WHOLE.matcher(trimmed).matches()) {
          throw invalid();
        }
        try {
          return check(Long.parseLong(trimmed));
        } catch (NumberFormatException tooLarge) {
          throw invalid();
        }
      }

      @Override
      Long check(Long value) {
        if (value < min) {
          throw new Invalid("must be at least " + min);
        }
        return value;
      }
    };
  }

  /** A whole number from {@code min} up that fits an {@code int}. */
  static ValueKind<Integer> integer(String expected, int min) {
    ValueKind<Long> whole = wholeLong(expected, min);
    return new ValueKind<>(expected) {
      @Override
      Integer parse(String text) {
        long value = whole.parse(text);
        if (value > Integer.MAX_VALUE) {
          throw new Invalid("must be at most " + Integer.MAX_VALUE);
        }
        return (int) value;
      }

      @Override
      Integer check(Integer value) {
        whole.check((long) value);
        return value;
      }
    };
  }

  private static ValueKind<Duration> duration(boolean negativeAllowed) {
    return new ValueKind<>(SECONDS_OR_ISO) {
      @Override
      Duration parse(String text) {
        String trimmed = text.trim();
        Duration value;
        try {
          value = WHOLE.matcher(trimmed).matches()
              ? Duration.ofSeconds(Long.parseLong(trimmed))
              : Duration.parse(trimmed);
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
          throw invalid();
        }
        return check(value);
      }

      @Override
      Duration check(Duration value) {
        if (!negativeAllowed && value.isNegative()) {
          throw new Invalid("must not be negative");
        }
        return value;
      }

      @Override
      String show(Duration value) {
        return value.toString();
      }
    };
  }

  private static ValueKind<String> attribute(String expected, boolean path) {
    return new ValueKind<>(expected) {
      @Override
      String parse(String text) {
        return check(text.trim());
      }

      @Override
      String check(String value) {
        if (value.isEmpty() || (path && !value.startsWith("/"))
            || value.chars().anyMatch(c -> c <= 0x20 || c == ';' || c == ',' || c >= 0x7f)) {
          throw invalid();
        }
        return value;
      }
    };
  }

  /**
   * A value that does not fit its form: {@code reason} is what it must be ("must be a whole
   * number of bytes"), {@code got} how to show what came instead when that is not its text ("an
   * array"), else {@code null}. Made often on bad input, so without a stack trace.
   */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String reason;
    final String got;

    Invalid(String reason) {
      this(reason, null);
    }

    Invalid(String reason, String got) {
      super(reason, null, false, false);
      this.reason = reason;
      this.got = got;
    }
  }
}
