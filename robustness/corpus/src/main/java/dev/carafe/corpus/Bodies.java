package dev.carafe.corpus;

import dev.carafe.Form;
import dev.carafe.JsonBody;
import dev.carafe.Post;
import dev.carafe.Request;
import dev.carafe.UploadedFile;

/** Request bodies bound to numbers: an urlencoded or multipart form, JSON, an upload. */
public class Bodies {
  /** A form whose fields are an int and a long. */
  @Post("/form")
  public Order form(@Form int quantity, @Form long total, @Form(defaultValue = "") String note) {
    return new Order(quantity, total, note);
  }

  /** The same order as JSON, bound into the record. */
  @Post("/json")
  public Order json(@JsonBody Order order) {
    return order;
  }

  /** A multipart upload: a title and a file, answered with what was received. */
  @Post("/upload")
  public String upload(@Form String title, Request request) {
    UploadedFile file = request.file("file");
    return "title " + title.length() + ", file " + (file == null ? "none" : file.size() + " bytes");
  }

  /** An order, read from a form or JSON. */
  public record Order(int quantity, long total, String note) {}
}
