package dev.carafe.sample;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The teas on offer, kept in memory; safe to use from many request threads at once. */
public final class Catalog {
  private final List<Tea> teas = new CopyOnWriteArrayList<>();
  private final AtomicInteger nextId = new AtomicInteger(1);

  /** A catalog with the house teas. */
  public static Catalog withHouseTeas() {
    Catalog catalog = new Catalog();
    catalog.add("Darjeeling", "A light black tea from the Himalayan foothills.");
    catalog.add("Sencha", "A steamed green tea from Shizuoka.");
    catalog.add("Rooibos", "A red bush infusion from the Cederberg, without caffeine.");
    return catalog;
  }

  /** Every tea, in the order added. */
  public List<Tea> all() {
    return List.copyOf(teas);
  }

  /** The tea with {@code id}, if there is one. */
  public Optional<Tea> find(int id) {
    return teas.stream().filter(t -> t.id() == id).findFirst();
  }

  /** Adds a tea and returns it with its new id. */
  public Tea add(String name, String description) {
    Tea tea = new Tea(nextId.getAndIncrement(), name, description);
    teas.add(tea);
    return tea;
  }

  /**
   * One tea.
   *
   * @param id its number in the catalog
   * @param name its name
   * @param description a line about it
   */
  public record Tea(int id, String name, String description) {}
}
