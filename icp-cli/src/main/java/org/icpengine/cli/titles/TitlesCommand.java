package org.icpengine.cli.titles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.InputOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.personas.TitleFile;
import org.icpengine.data.personas.TitleRules;
import org.icpengine.data.personas.TitleSummary;
import org.icpengine.data.personas.Titles;
import org.icpengine.data.source.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icp titles FILE}: each row's job title as a function and a seniority. */
@Command(
    name = "titles",
    mixinStandardHelpOptions = true,
    description =
        "Turn the job titles of a contact file (a CRM export) into a function (sales, marketing,"
            + " finance, it_data, operations, hr, product_engineering, executive,"
            + " customer_success, legal, procurement, other) and a seniority (c_level, vp,"
            + " director, manager, individual_contributor) by word rules in English, French,"
            + " German, Spanish and Portuguese. Prints counts per function and seniority and the"
            + " titles no rule recognised (function and seniority unknown); see docs/titles.md.")
public final class TitlesCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "FILE", description = "Contacts: CSV/TSV, .xlsx, .parquet, .json")
  Path file;

  @Option(
      names = "--column",
      paramLabel = "C",
      description =
          "The column holding the titles (default: the one named Title, Job Title, Position,"
              + " Role, Rolle, Poste, Fonction, Cargo, Puesto, …)")
  String column;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "More title rules, in the format of the built-in title-rules.txt; they win over the"
              + " built-in rules (see docs/titles.md)")
  Path rules;

  @Option(
      names = "--json",
      description =
          "Print a JSON list of {title, function, seniority}, one per row, in input order")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "OUT",
      description =
          "Write the file's rows plus title_function and title_seniority: Parquet for a .parquet"
              + " OUT, else CSV (written whole or not at all)")
  Path out;

  @Option(names = "--strict", description = "Fail on the first row that cannot be read")
  boolean strict;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description = "Text encoding of the file, e.g. windows-1252 (default: detected)")
  String encoding;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "Field delimiter of delimited text: , ; | or tab (default: detected)")
  String delimiter;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  /** Creates the command, writing to the given console. */
  public TitlesCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    TitleRules all = TitleRules.builtInAnd(Optional.ofNullable(rules));
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      TitleFile titles = new TitleFile(engine, new Titles(all));
      TitleSummary summary = titles.classify(file, read(), Optional.ofNullable(column));
      if (out != null) {
        titles.write(out);
      }
      if (json) {
        printJson(titles);
      } else {
        TitlesText.print(summary, console.out());
        if (out != null) {
          console.out().println("Written: " + out);
        }
      }
      if (summary.skippedRows() > 0) {
        console
            .err()
            .println(
                "warning: "
                    + summary.skippedRows()
                    + " rows of "
                    + file.getFileName()
                    + " could not be read (more fields than the header): left out; fix them,"
                    + " or check --delimiter");
      }
    }
    return Failures.OK;
  }

  private void printJson(TitleFile titles) {
    try (JsonGenerator generator = new JsonFactory().createGenerator(console.out())) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.setPrettyPrinter(new OneRowALine());
      generator.writeStartArray();
      titles.rows(
          (title, role) -> {
            try {
              generator.writeStartObject();
              generator.writeStringField("title", title);
              generator.writeStringField("function", role.function());
              generator.writeStringField("seniority", role.seniority().key());
              generator.writeEndObject();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    console.out().println();
  }

  /** Lays a JSON list out one element a line, so that a large list can be read with grep. */
  private static final class OneRowALine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw("[\n");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(values == 0 ? "]" : "\n]");
    }
  }

  private ReadOptions read() {
    return ReadOptions.builder()
        .encoding(encoding)
        .delimiter(InputOptions.delimiter(delimiter))
        .strict(strict)
        .build();
  }
}
