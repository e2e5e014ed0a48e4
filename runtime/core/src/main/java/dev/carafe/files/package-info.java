/**
 * Files as answers, Flask's {@code send_file} and {@code send_from_directory}:
 * {@link dev.carafe.files.SendFile}. Behind it, package-private, Werkzeug's pieces ported as
 * written: {@code make_conditional} ({@code Conditional}), {@code parse_range_header},
 * {@code parse_etags}, HTTP dates, {@code safe_join}, the MIME table and
 * {@code Content-Disposition}.
 */
package dev.carafe.files;
