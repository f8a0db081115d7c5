package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.pick;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.icpengine.sample.CompanyNames;

/**
 * Draws people's names suited to their company's country and the e-mail addresses that go with
 * them: mostly {@code first.last@domain}, sometimes {@code flast@} or {@code first@}, and about 4 %
 * on a personal mailbox, which no domain links to the account.
 */
final class Persons {
  private static final Map<String, List<List<String>>> NAMES =
      Map.of(
          "France",
          names(
              "Camille Julien Léa Thomas Chloé Nicolas Manon Hugo Élodie Antoine",
              "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Roux Fournier Mercier"),
          "Germany",
          names(
              "Lukas Anna Jonas Lea Felix Sophie Maximilian Marie Jürgen Katrin",
              "Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Wagner"),
          "Spain",
          names(
              "Lucía Hugo Martina Pablo Sofía Alejandro Carmen Javier Elena Sergio",
              "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz"),
          "Brazil",
          names(
              "João Maria Pedro Ana Lucas Juliana Gabriel Fernanda Rafael Camila",
              "Silva Santos Oliveira Souza Lima Pereira Costa Ferreira Almeida Araújo"));
  private static final List<List<String>> ENGLISH =
      names(
          "James Emma Olivia Liam Noah Ava Sophia Ethan Priya Raj Mia Lucas Grace Daniel Chen",
          "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Clark Patel Nguyen Kim "
              + "O'Brien Walker");
  private static final List<String> PERSONAL = List.of("gmail.com", "outlook.com", "yahoo.com");

  private Persons() {}

  /** Returns a first and a last name for someone at a company in {@code country}. */
  static String[] name(String country, SplittableRandom rnd) {
    List<List<String>> pool = chance(rnd, 0.7) ? NAMES.getOrDefault(country, ENGLISH) : ENGLISH;
    return new String[] {pick(rnd, pool.get(0)), pick(rnd, pool.get(1))};
  }

  /** Returns an e-mail address for the person at {@code domain}. */
  static String email(String first, String last, String domain, SplittableRandom rnd) {
    String f = CompanyNames.stem(first);
    String l = CompanyNames.stem(last);
    if (chance(rnd, 0.04)) {
      return f + "." + l + rnd.nextInt(100) + "@" + pick(rnd, PERSONAL);
    }
    double u = rnd.nextDouble();
    String local = u < 0.7 ? f + "." + l : u < 0.9 ? f.charAt(0) + l : f;
    return local + "@" + domain;
  }

  private static List<List<String>> names(String first, String last) {
    return List.of(List.of(first.split(" ")), List.of(last.split(" ")));
  }
}
