/**
 * What generated invokers and hooks call, and nothing else: the processor wires each user method
 * to these, so that the generated code stays short and every conversion and message is written
 * (and tested) once, here.
 *
 * <h2>Parameters</h2>
 *
 * <table>
 *   <caption>Where each kind of parameter comes from</caption>
 *   <tr><th>declared</th><th>generated code</th></tr>
 *   <tr><td>{@code Request}</td><td>{@code request}</td></tr>
 *   <tr><td>path variable</td><td>{@code request.pathParams().intValue(i)} / {@code .string(i)}
 *       (a URL value preprocessor changes what hooks see in {@code viewArgs()}, not these)</td></tr>
 *   <tr><td>{@code @Query int page}</td>
 *       <td>{@code Binding.convert(request.arg("page"), "page", Source.QUERY, Binding::parseInt,
 *       Binding.INTEGER)}</td></tr>
 *   <tr><td>{@code @Query(defaultValue = "1") int page}</td>
 *       <td>the same with the default as a last argument: {@code ..., Binding.INTEGER, 1)}</td></tr>
 *   <tr><td>{@code @Header("X-Id") Optional<UUID> id}</td>
 *       <td>{@code Binding.optional(request.header("X-Id"), "X-Id", Source.HEADER,
 *       Binding::parseUuid, Binding.UUID)}</td></tr>
 *   <tr><td>{@code @Form Color color} (an enum)</td>
 *       <td>{@code Binding.convert(request.form("color"), "color", Source.FORM, Color::valueOf,
 *       "one of RED, GREEN")}</td></tr>
 *   <tr><td>{@code @JsonBody Item item} (a record)</td>
 *       <td>{@code request.json(AppJson.ITEM_ADAPTER)}, an adapter the processor wrote</td></tr>
 *   <tr><td>{@code @JsonBody Map<String, Object> data}</td>
 *       <td>{@code Binding.jsonBody(request, Map.class, "data")}</td></tr>
 * </table>
 *
 * <h2>Return values</h2>
 *
 * <p>{@code String}: {@code Response.html(value)}; {@code Page}: {@code Response.html(page)}; {@code byte[]}: {@code Response.bytes(value)};
 * {@code Response}: itself; a record, {@code Map} or {@code List}: {@code Response.json(value)},
 * with the application's generated adapters; {@code Optional<T>}: {@code Returns.present(value)}
 * then as {@code T} (empty is a 404); {@code void}: {@code Response.noContent()}; a stream:
 * {@code Response.stream(contentType, writer)}. {@link dev.carafe.internal.invoke.Returns} checks for
 * {@code null}.
 *
 * <h2>Hooks and handlers</h2>
 *
 * <p>Each annotated method becomes a lambda registered with
 * {@link dev.carafe.internal.lifecycle.Lifecycle.Builder}, and the endpoints of a blueprint are
 * made with the {@link dev.carafe.internal.routing.Endpoint} constructor that takes the blueprint name.
 *
 * <p>Internal: only generated code calls this package, and it may change in any release.
 */
package dev.carafe.internal.invoke;
