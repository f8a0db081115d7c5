package org.icpengine.data.profile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.data.InputException;

/**
 * What one row of a file is, judged from its account key: when many rows share a key (order lines,
 * opportunities, invoices of the same customers), rows are not accounts, and modelling them as
 * accounts would count a customer once per order.
 *
 * @param key the column that names the account: a company name, domain or account identifier
 * @param rows the rows with a key
 * @param accounts the distinct keys, estimated when the profile estimates them
 */
public record Grain(String key, long rows, long accounts) {
  /** Rows per account from which a file is read as transactions, not accounts. */
  static final double ROWS_PER_ACCOUNT = 2.0;

  /** Fewer rows than this tell nothing about the grain. */
  static final long MIN_ROWS = 20;

  private static final Pattern ACCOUNT_WORDS =
      Pattern.compile("\\b(account|customer|company|client|organi[sz]ation|org)\\b");

  /**
   * Returns the grain when the file's rows are not accounts: the first account key whose values
   * repeat, on average, at least {@value #ROWS_PER_ACCOUNT} times.
   */
  static Optional<Grain> detect(List<ColumnProfile> columns) {
    for (ColumnProfile column : columns) {
      long present = column.rows() - column.missing();
      if (isAccountKey(column)
          && present >= MIN_ROWS
          && column.distinct() > 0
          && column.distinct() * ROWS_PER_ACCOUNT <= present) {
        return Optional.of(new Grain(column.name(), present, column.distinct()));
      }
    }
    return Optional.empty();
  }

  private static boolean isAccountKey(ColumnProfile column) {
    ColumnRole role = column.meaning().role();
    return role == ColumnRole.COMPANY_NAME
        || role == ColumnRole.DOMAIN
        || (role == ColumnRole.IDENTIFIER
            && ACCOUNT_WORDS.matcher(HeaderRules.words(column.name())).find());
  }

  /** Returns the finding in words, pointing to linked sources. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%,d rows but only %,d distinct %s values: this looks like a transactions or"
            + " opportunities file, not one row per account; describe the files in a sources.yaml"
            + " with `icp sources init DIR` and derive with --sources",
        rows,
        accounts,
        key);
  }

  /**
   * Refuses to model rows as accounts when the grain says they are not, unless the user says they
   * are.
   *
   * @throws InputException when the rows are not accounts and {@code rowsAreAccounts} is false
   */
  public static void requireAccounts(DatasetProfile profile, boolean rowsAreAccounts) {
    if (rowsAreAccounts || profile.grain().isEmpty()) {
      return;
    }
    throw new InputException(
        profile.source().file().getFileName()
            + " has "
            + profile.grain().get().describe()
            + " (or pass --rows-are-accounts to model each row as an account)");
  }
}
