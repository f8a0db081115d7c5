package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  @Test
  void withProgress_withoutATerminal_printsOneLinePerStep() {
    Console console = console(ProgressDisplay.LINES);
    String result =
        console.withProgress(
            "derive",
            progress -> {
              for (int step = 1; step <= 5; step++) {
                progress.step(step, 5, "step " + step);
              }
              return "derived";
            });
    assertThat(result).isEqualTo("derived");
    assertThat(err.toString().lines())
        .containsExactly(
            "derive [1/5] step 1",
            "derive [2/5] step 2",
            "derive [3/5] step 3",
            "derive [4/5] step 4",
            "derive [5/5] step 5");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void withProgress_withoutADisplay_printsNothing() {
    Console console = console(ProgressDisplay.NONE);
    console.withProgress(
        "profile",
        progress -> {
          progress.step(1, 2, "reading");
          progress.step(2, 2, "cleaning");
          return null;
        });
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void profile_intoALog_printsEachStepOnceOnTheErrorStream() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("accounts.csv"),
            "Account Name,Industry,LTV\nAcme,Fintech,100\nBeta,Media,200\nGamma,Fintech,300\n");
    int code =
        Main.run(
            new String[] {"profile", csv.toString(), "--json"},
            new PrintWriter(out),
            new PrintWriter(err),
            ProgressDisplay.LINES);
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString().lines())
        .containsExactly(
            "profile [1/3] reading accounts.csv",
            "profile [2/3] cleaning 3 rows",
            "profile [3/3] done");
    assertThat(out.toString()).startsWith("{");
  }

  @Test
  void forStandardError_ofATestRunWhoseErrorStreamIsAPipe_isLines() {
    assertThat(ProgressDisplay.forStandardError()).isEqualTo(ProgressDisplay.LINES);
  }

  private Console console(ProgressDisplay display) {
    return new Console(new PrintWriter(out), new PrintWriter(err), display);
  }
}
