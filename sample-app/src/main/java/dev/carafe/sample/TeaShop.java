package dev.carafe.sample;

import dev.carafe.Application;
import dev.carafe.gateway.Middleware;
import dev.carafe.middleware.AccessLog;

/**
 * The tea shop: a small Carafe application. Carafe generates {@code TeaShopApp} (the wiring),
 * {@code TeaShopMain} (run it), {@code TeaShopDispatch} and {@code TeaShopUrls} beside it.
 *
 * <p>The shop makes the classes that need collaborators: the HTML pages and the JSON API share
 * the catalog, and the API reports what the {@link Traffic} hooks counted. The API key that lets
 * clients add teas comes from the environment's {@code TEASHOP_API_KEY}.
 */
@Application
public class TeaShop {
  /** The API key when the environment sets none: fine on a laptop, never in production. */
  public static final String DEVELOPMENT_API_KEY = "let-me-brew";

  private final Catalog catalog = Catalog.withHouseTeas();
  private final Traffic traffic = new Traffic();

  /** Called by the generated wiring to make the tea pages. */
  public Teas teas() {
    return new Teas(catalog);
  }

  /** Called by the generated wiring to make the JSON API. */
  public TeaApi teaApi() {
    String key = System.getenv("TEASHOP_API_KEY");
    return new TeaApi(catalog, traffic, key == null || key.isBlank() ? DEVELOPMENT_API_KEY : key);
  }

  /** Called by the generated wiring to make the teardown hook that counts requests. */
  public Traffic traffic() {
    return traffic;
  }

  /** What the generated main serves the shop through: one access-log line per request. */
  public Middleware middleware() {
    return new AccessLog();
  }
}
