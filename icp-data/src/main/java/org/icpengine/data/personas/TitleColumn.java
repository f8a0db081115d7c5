package org.icpengine.data.personas;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.data.InputException;

/**
 * Finds the column of a file that holds job titles: the one the user names, else the first whose
 * name (case, spaces and punctuation aside) is a title's name in a CRM export or one of the five
 * languages — Title, Job Title, jobtitle, Position, Role, Rolle, Poste, Fonction, Cargo, Puesto,
 * Função, Titel, Berufsbezeichnung — else the first that ends with one ("Contact Job Title").
 */
public final class TitleColumn {
  /** Folded column names that hold titles, the likeliest first. */
  static final List<String> NAMES =
      List.of(
          "jobtitle",
          "title",
          "contacttitle",
          "titlecontact",
          "position",
          "jobposition",
          "jobrole",
          "role",
          "rolle",
          "poste",
          "fonction",
          "intituleduposte",
          "cargo",
          "puesto",
          "funcao",
          "titel",
          "titre",
          "berufsbezeichnung",
          "stellenbezeichnung",
          "jobbezeichnung",
          "funktion",
          "designation");

  private static final int LISTED = 20;

  private TitleColumn() {}

  /**
   * Returns the title column of a file.
   *
   * @param columns the file's columns
   * @param requested the column the user named, if any
   * @param file the file's name, for messages
   * @throws InputException when the named column is not in the file, or none looks like titles
   */
  public static String find(List<String> columns, Optional<String> requested, String file) {
    if (requested.isPresent()) {
      String wanted = requested.get();
      return columns.stream()
          .filter(c -> c.equals(wanted))
          .findFirst()
          .or(() -> columns.stream().filter(c -> c.equalsIgnoreCase(wanted.strip())).findFirst())
          .orElseThrow(
              () ->
                  new InputException(
                      file + " has no column '" + wanted + "': its columns are " + list(columns)));
    }
    for (String name : NAMES) {
      Optional<String> exact = columns.stream().filter(c -> fold(c).equals(name)).findFirst();
      if (exact.isPresent()) {
        return exact.get();
      }
    }
    for (String name : NAMES) {
      Optional<String> ending = columns.stream().filter(c -> fold(c).endsWith(name)).findFirst();
      if (ending.isPresent()) {
        return ending.get();
      }
    }
    throw new InputException(
        file
            + " has no title column (none is named Title, Job Title, Position, Role, Poste,"
            + " Cargo, …): its columns are "
            + list(columns)
            + "; name the column with --column");
  }

  private static String fold(String column) {
    return TitleText.fold(column).replace(" ", "").toLowerCase(Locale.ROOT);
  }

  private static String list(List<String> columns) {
    String shown = String.join(", ", columns.subList(0, Math.min(LISTED, columns.size())));
    return columns.size() > LISTED ? shown + ", … (" + columns.size() + " in all)" : shown;
  }
}
