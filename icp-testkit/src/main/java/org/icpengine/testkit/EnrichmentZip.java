package org.icpengine.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small zip of linked exports with an enrichment file whose rows land in the review band: each
 * review company is account {@code A<n>} in Germany and a row of {@code tech.csv} of the same name
 * in the US (same name, different country), plus account {@code A0} "Acme Corp" that the row "ACME
 * Corporation" links to by its domain, certainly.
 */
public final class EnrichmentZip {
  /** The companies in the review band, in file order; account A1 is the first. */
  public static final List<String> REVIEW_COMPANIES =
      List.of(
          "Vandelay Industries",
          "Initech",
          "Soylent Foods",
          "Umbrella Health",
          "Tyrell Robotics",
          "Wonka Confections",
          "Stark Logistics",
          "Dunder Mifflin Paper",
          "Hooli Cloud",
          "Pied Piper Data",
          "Cyberdyne Systems",
          "Oscorp Chemicals",
          "Gringotts Lending",
          "Monarch Solutions",
          "Prestige Worldwide",
          "Sterling Cooper Media");

  private EnrichmentZip() {}

  /**
   * Writes the zip with the first {@code reviewPairs} review companies at {@code target}.
   *
   * @throws IllegalArgumentException for more pairs than {@link #REVIEW_COMPANIES} has
   */
  public static Path write(Path target, int reviewPairs) throws IOException {
    if (reviewPairs < 0 || reviewPairs > REVIEW_COMPANIES.size()) {
      throw new IllegalArgumentException(
          "review pairs are 0 to " + REVIEW_COMPANIES.size() + ", not " + reviewPairs);
    }
    List<String> accounts = new ArrayList<>(List.of("id,name,website,country,industry"));
    List<String> tech = new ArrayList<>(List.of("company,site,hq,tech_stack"));
    accounts.add("A0,Acme Corp,https://www.acme.com,US,Software");
    tech.add("ACME Corporation,acme.com,US,SAP");
    for (int i = 0; i < reviewPairs; i++) {
      String name = REVIEW_COMPANIES.get(i);
      accounts.add("A" + (i + 1) + "," + name + ",,Germany,Retail");
      tech.add(name + ",,US,Stack" + (i + 1));
    }
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("accounts.csv", String.join("\n", accounts) + "\n");
    entries.put("tech.csv", String.join("\n", tech) + "\n");
    entries.put(
        "sources.yaml",
        "sources:\n"
            + "  - file: accounts.csv\n    kind: accounts\n    key: id\n"
            + "    columns: {account_name: name, domain: website, country: country}\n"
            + "  - file: tech.csv\n    kind: enrichment\n"
            + "    columns: {account_name: company, domain: site, country: hq}\n");
    try (OutputStream out = Files.newOutputStream(target);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return target;
  }
}
