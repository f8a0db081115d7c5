package org.icpengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.sample.PlantedIcp;
import org.icpengine.sample.SampleCompany;

/**
 * One dataset of the score-quality benchmark: a file, its ideal definition and the columns left out
 * of every model on top of those derive leaves out itself.
 *
 * @param name the dataset's name in the tables
 * @param file the CSV file
 * @param ideal the ideal definition, or empty for the product's default
 * @param excluded columns no model may use (filled in after the outcome, or identifiers)
 * @param planted whether the file is the generated sample with its planted ICP (measured against
 *     the {@link PlantedOracle})
 */
record QualitySource(
    String name, Path file, Optional<String> ideal, Set<String> excluded, boolean planted) {
  /** The X Education columns the sales team fills in during or after contact, and the ids. */
  static final Set<String> X_EDUCATION_EXCLUDED =
      Set.of(
          "Prospect ID",
          "Lead Number",
          "Tags",
          "Lead Quality",
          "Lead Profile",
          "Asymmetrique Activity Index",
          "Asymmetrique Profile Index",
          "Asymmetrique Activity Score",
          "Asymmetrique Profile Score",
          "Last Activity",
          "Last Notable Activity");

  /** Returns the public datasets under the shared folder, present or not. */
  static List<QualitySource> shared(Path shared) {
    Path datasets = shared.resolve("datasets");
    return List.of(
        new QualitySource(
            "X Education leads",
            datasets.resolve("x-education-leads/Leads.csv"),
            Optional.of("\"Converted\" = 1"),
            X_EDUCATION_EXCLUDED,
            false),
        new QualitySource(
            "IBM Telco churn",
            datasets.resolve("ibm-telco-churn/Telco-Customer-Churn.csv"),
            Optional.of("\"Churn\" = 'No'"),
            Set.of(),
            false));
  }

  /**
   * Returns the generated customers with the planted ICP, written once into the cache folder, with
   * the default ideal definition and the sample's documented leaky columns left out.
   */
  static QualitySource sample(Path cache, int customers) throws IOException {
    Path folder = cache.resolve("sample-" + customers + "-seed42");
    Path file = folder.resolve(SampleCompany.CUSTOMERS_FILE);
    if (!Files.isRegularFile(file)) {
      SampleCompany.builder()
          .seed(42)
          .customers(customers)
          .deals(0)
          .prospects(0)
          .build()
          .write(folder);
    }
    return new QualitySource(
        String.format("Generated, planted ICP (%,d)", customers),
        file,
        Optional.empty(),
        Set.copyOf(PlantedIcp.LEAKY_COLUMNS),
        true);
  }
}
