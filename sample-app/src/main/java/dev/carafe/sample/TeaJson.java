package dev.carafe.sample;

/**
 * A tea as the JSON API shows it.
 *
 * @param id its number in the catalog
 * @param name its name
 * @param description a line about it
 * @param url where the API serves it
 */
public record TeaJson(int id, String name, String description, String url) {
  /** The API's view of {@code tea}. */
  public static TeaJson of(Catalog.Tea tea) {
    return new TeaJson(tea.id(), tea.name(), tea.description(), TeaShopUrls.apiTea(tea.id()));
  }
}
