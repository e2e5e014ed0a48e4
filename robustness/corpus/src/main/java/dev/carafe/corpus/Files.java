package dev.carafe.corpus;

import dev.carafe.Get;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.files.SendFile;
import java.nio.file.Path;

/** Files sent from a directory on disk by a name the client gives, Flask's send_from_directory. */
public class Files {
  /** A file of the {@link Corpus#FILES_DIR} directory. */
  @Get("/files/<path:name>")
  public Response file(String name) {
    Path directory = Path.of(RequestContext.current().app().config().string(Corpus.FILES_DIR));
    return SendFile.sendFromDirectory(directory, name);
  }
}
