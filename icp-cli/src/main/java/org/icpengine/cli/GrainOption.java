package org.icpengine.cli;

import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.profile.Grain;
import picocli.CommandLine.Option;

/**
 * The option of commands that model a file's rows as accounts: they refuse a file whose rows are
 * transactions or opportunities (many rows per account) unless told its rows are accounts.
 */
public final class GrainOption {
  @Option(
      names = "--rows-are-accounts",
      description =
          "Model each row as an account even when many rows share an account (an order or"
              + " opportunity file); without it such a file is refused")
  boolean rowsAreAccounts;

  /**
   * Checks that the dataset's rows are accounts, or that the user said to model them so.
   *
   * @throws InputException when many rows share an account key and the option is not given
   */
  public void check(Dataset dataset) {
    Grain.requireAccounts(dataset.profile(), rowsAreAccounts);
  }
}
