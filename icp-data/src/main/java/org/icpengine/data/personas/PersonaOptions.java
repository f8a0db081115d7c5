package org.icpengine.data.personas;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.icpengine.data.fit.OutputFormat;

/**
 * How to derive personas.
 *
 * @param asOf the as-of date of the account table, overriding sources.yaml's
 * @param rules the title rules (built-in, plus the user's)
 * @param contacts where to write the scored contacts, if anywhere
 * @param memoryLimit the engine's memory limit, such as "2GB"; null for the default
 */
public record PersonaOptions(
    Optional<LocalDate> asOf,
    TitleRules rules,
    Optional<ContactsOutput> contacts,
    String memoryLimit) {

  /** Returns the defaults: the file's as-of date, the built-in rules, no contacts file. */
  public static PersonaOptions defaults() {
    return new PersonaOptions(Optional.empty(), TitleRules.builtIn(), Optional.empty(), null);
  }

  /** Returns these options writing the sources' contacts, scored, to {@code file}. */
  public PersonaOptions withContacts(Path file, OutputFormat format) {
    return withContacts(file, format, Optional.empty());
  }

  /**
   * Returns these options writing scored contacts to {@code file}: those of {@code from} when
   * given, else the sources' own.
   */
  public PersonaOptions withContacts(Path file, OutputFormat format, Optional<Path> from) {
    return new PersonaOptions(
        asOf, rules, Optional.of(new ContactsOutput(file, format, from)), memoryLimit);
  }

  /**
   * Which contacts to score, and where and how to write them.
   *
   * @param file the target; Parquet for {@link OutputFormat#PARQUET}, else CSV
   * @param format the layout ({@link ContactColumns})
   * @param from a contacts export to score, with the columns sources.yaml names for its contacts
   *     export (a newer export from the same CRM); empty for the sources' own contacts
   */
  public record ContactsOutput(Path file, OutputFormat format, Optional<Path> from) {}
}
