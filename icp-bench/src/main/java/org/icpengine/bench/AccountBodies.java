package org.icpengine.bench;

import static org.icpengine.data.engine.Engine.literal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.ModelFile;

/**
 * The single-account request bodies: the first rows of a bench CSV as a CRM would send them, {@code
 * {"attributes": {…}}} with the text of each of the model's columns (and the account's name, which
 * the model ignores), empty cells left out. Many different accounts, so that the server's caches of
 * cleaned values see realistic variety rather than one input.
 */
final class AccountBodies {
  /** A column sent with every account that no model reads, as CRMs send more than is scored. */
  static final String EXTRA_COLUMN = "Account Name";

  private static final ObjectMapper JSON = new ObjectMapper();

  private AccountBodies() {}

  /**
   * Reads up to {@code count} rows of the file and returns their JSON bodies.
   *
   * @param icp the icp.json whose model's columns are sent
   */
  static List<byte[]> read(Path file, Path icp, int count) {
    Set<String> wanted = new LinkedHashSet<>(ModelFile.read(icp).columns());
    wanted.add(EXTRA_COLUMN);
    List<byte[]> bodies = new ArrayList<>();
    try (Engine engine = Engine.open("1GB", EngineAccess.reading(file))) {
      String source =
          "read_csv("
              + literal(engine.readable(file).toString())
              + ", all_varchar = true, header = true)";
      List<String> header =
          engine.query("DESCRIBE SELECT * FROM " + source, r -> r.getString("column_name"));
      List<String> columns = header.stream().filter(wanted::contains).toList();
      if (columns.isEmpty()) {
        throw new IllegalArgumentException(
            file + " has none of the model's columns " + wanted + ": derive the ICP from it");
      }
      String select = String.join(", ", columns.stream().map(Engine::quote).toList());
      engine.query(
          "SELECT " + select + " FROM " + source + " LIMIT " + count,
          row -> {
            ObjectNode body = JSON.createObjectNode();
            ObjectNode attributes = body.putObject("attributes");
            for (int c = 0; c < columns.size(); c++) {
              String value = row.getString(c + 1);
              if (value != null && !value.isBlank()) {
                attributes.put(columns.get(c), value);
              }
            }
            bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
            return null;
          });
    }
    return bodies;
  }

  /** Returns the mean size of the bodies in bytes. */
  static double meanBytes(List<byte[]> bodies) {
    return bodies.stream().mapToInt(b -> b.length).average().orElse(0);
  }

  /**
   * Writes a wrk script that posts the bodies in turn with the token, and returns its path.
   *
   * @param limit the most bodies written (a Lua table of them is read by every wrk thread)
   */
  static Path writeWrkScript(Path folder, List<byte[]> bodies, String token, int limit) {
    StringBuilder lua = new StringBuilder();
    lua.append("-- posts single-account bodies in turn; written by ServerBenchmark\n");
    lua.append("wrk.method = \"POST\"\n");
    lua.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
    lua.append("wrk.headers[\"Authorization\"] = \"Bearer ").append(token).append("\"\n");
    lua.append("local bodies = {\n");
    int written = 0;
    for (byte[] body : bodies) {
      String text = new String(body, StandardCharsets.UTF_8);
      if (text.contains("]==]")) {
        continue;
      }
      lua.append("[==[").append(text).append("]==],\n");
      if (++written >= limit) {
        break;
      }
    }
    lua.append("}\n");
    lua.append("local i = 0\n");
    lua.append("request = function()\n");
    lua.append("  i = i % #bodies + 1\n");
    lua.append("  return wrk.format(nil, nil, nil, bodies[i])\n");
    lua.append("end\n");
    try {
      Path script = folder.resolve("score.lua");
      Files.writeString(script, lua.toString(), StandardCharsets.UTF_8);
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
