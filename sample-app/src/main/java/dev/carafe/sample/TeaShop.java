package dev.carafe.sample;

import dev.carafe.Application;

/**
 * The tea shop: a small Carafe application. Carafe generates {@code TeaShopApp} (the wiring),
 * {@code TeaShopMain} (run it), {@code TeaShopDispatch} and {@code TeaShopUrls} beside it.
 *
 * <p>The shop makes the controllers that need collaborators: {@link Teas} needs the catalog.
 */
@Application
public class TeaShop {
  private final Catalog catalog = Catalog.withHouseTeas();

  /** Called by the generated wiring to make the tea pages. */
  public Teas teas() {
    return new Teas(catalog);
  }
}
