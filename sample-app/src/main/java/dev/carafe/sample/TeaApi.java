package dev.carafe.sample;

import static dev.carafe.http.Abort.abort;

import dev.carafe.BeforeRequest;
import dev.carafe.Blueprint;
import dev.carafe.ErrorHandler;
import dev.carafe.Get;
import dev.carafe.JsonBody;
import dev.carafe.Post;
import dev.carafe.Query;
import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.http.HttpException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON API under {@code /api}: list, read and add teas. Reading is open; adding needs the
 * shop's API key in the {@code X-Api-Key} header. Its errors are JSON too.
 */
@Blueprint(name = "api", urlPrefix = "/api")
public class TeaApi {
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final Catalog catalog;
  private final Traffic traffic;
  private final String apiKey;

  /**
   * The API over {@code catalog} and the shop's {@code traffic}, accepting changes from clients
   * that send {@code apiKey}.
   */
  public TeaApi(Catalog catalog, Traffic traffic, String apiKey) {
    this.catalog = catalog;
    this.traffic = traffic;
    this.apiKey = apiKey;
  }

  /** Only clients with the key may change the catalog: anything but a read is 401 without it. */
  @BeforeRequest
  public void requireKeyToWrite(Request request) {
    if (!READS.contains(request.method()) && !hasKey(request.header("X-Api-Key"))) {
      throw abort(401, "Send the shop's API key in the X-Api-Key header.");
    }
  }

  /** Compares in constant time, so that the time taken tells a client nothing about the key. */
  private boolean hasKey(String sent) {
    return sent != null && MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
        sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The teas whose name contains {@code q}, a page of {@code perPage} at a time. */
  @Get("/teas")
  public List<TeaJson> list(@Query(defaultValue = "") String q,
      @Query(defaultValue = "1") int page, @Query(defaultValue = "20") int perPage) {
    if (page < 1 || perPage < 1) {
      throw abort(400, "page and perPage count from 1.");
    }
    String wanted = q.toLowerCase(Locale.ROOT);
    return catalog.all().stream()
        .filter(t -> t.name().toLowerCase(Locale.ROOT).contains(wanted))
        .skip((long) (page - 1) * perPage)
        .limit(perPage)
        .map(TeaJson::of)
        .toList();
  }

  /** One tea; an empty answer is a 404. */
  @Get("/teas/<int:id>")
  public Optional<TeaJson> tea(int id) {
    return catalog.find(id).map(TeaJson::of);
  }

  /** Adds a tea and answers 201 with it and its address. */
  @Post("/teas")
  public Response add(@JsonBody NewTea tea) {
    if (tea.name() == null || tea.name().isBlank()) {
      throw abort(400, "A tea needs a name.");
    }
    String description = tea.description() == null ? "" : tea.description().strip();
    Catalog.Tea added = catalog.add(tea.name().strip(), description);
    return Response.json(TeaJson.of(added))
        .withStatus(201)
        .withHeader("Location", TeaShopUrls.apiTea(added.id()));
  }

  /** How many requests the shop has finished, and how many of them failed. */
  @Get("/stats")
  public Map<String, Long> stats() {
    return Map.of("served", traffic.served(), "failed", traffic.failed());
  }

  /**
   * The API's errors, its unknown paths included, as JSON whatever the client accepts; the answer
   * keeps the error's status. A 405 keeps Carafe's own answer, which carries the {@code Allow}
   * header (JSON too when the client asks for it).
   */
  @ErrorHandler(status = {400, 401, 404, 415})
  public ApiError error(HttpException error) {
    return new ApiError(error.status(), error.name(), error.description(), RequestIds.current());
  }
}
