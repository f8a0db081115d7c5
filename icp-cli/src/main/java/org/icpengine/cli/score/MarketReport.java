package org.icpengine.cli.score;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.percent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.fit.MarketSummary;
import org.icpengine.model.document.FigureJson;
import org.icpengine.model.scoring.TrainingSupport;

/**
 * {@code icp score --market}'s report: the accounts and expected ideal accounts per tier, the
 * accounts outside the training support and the caveat, as text and as JSON (docs/scoring.md,
 * "Scoring a market").
 */
final class MarketReport {
  private MarketReport() {}

  /** Prints the report. */
  static void print(MarketSummary market, PrintWriter out) {
    out.println("Market: accounts and expected ideal accounts per tier (sum of the calibrated");
    out.println("probabilities of being ideal)");
    for (MarketSummary.Tier tier : market.tiers()) {
      out.println(
          "  "
              + tier.tier()
              + "  "
              + count(tier.accounts())
              + " accounts, "
              + decimal(tier.expectedIdeal())
              + " expected ideal"
              + (tier.accounts() == 0 ? "" : " (" + percent(tier.expectedRate()) + ")"));
    }
    out.println(
        "  all "
            + decimal(market.expectedIdeal())
            + " expected ideal among "
            + count(market.tiered())
            + " accounts with a tier"
            + (market.unscored() == 0 ? "" : " (" + count(market.unscored()) + " not scored)"));
    if (market.support().isEmpty()) {
      out.println(
          "This icp.json records no training support (derived by an older ICP Engine): no account"
              + " is flagged outside_support; derive again to flag them");
    } else if (market.outsideSupport() > 0) {
      out.println(
          count(market.outsideSupport())
              + " scored accounts have a value the customers never had (status outside_support,"
              + " the columns in icp_reasons): their score extrapolates");
    }
    market.caveat().ifPresent(out::println);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%,.1f", value);
  }

  /** Checks, before anything is scored, that the report can be written to {@code file}. */
  static void checkWritable(Path file, Path out) {
    AtomicFiles.checkWritable(file);
    if (file.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new InputException(
          "--market-json " + file + " is the scored file --out: give the report its own file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException("--market-json " + file + " is a folder: give a file");
    }
  }

  /** Writes the report as JSON, whole or not at all. */
  static void write(MarketSummary market, Path file) {
    try {
      AtomicFiles.write(file, json(market).toPrettyString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Returns the report as JSON. */
  static ObjectNode json(MarketSummary market) {
    ObjectNode node = FigureJson.object();
    ArrayNode tiers = node.putArray("tiers");
    for (MarketSummary.Tier tier : market.tiers()) {
      ObjectNode t = tiers.addObject();
      t.put("tier", tier.tier());
      t.put("accounts", tier.accounts());
      FigureJson.number(t, "expected_ideal", tier.expectedIdeal());
      FigureJson.number(t, "expected_rate", tier.expectedRate());
    }
    node.put("accounts", market.tiered());
    FigureJson.number(node, "expected_ideal", market.expectedIdeal());
    node.put("unscored", market.unscored());
    node.put("outside_support", market.outsideSupport());
    if (market.support().isPresent()) {
      TrainingSupport support = market.support().get();
      node.put("training_rows", support.rows());
      node.put("training_base", support.base().word());
    } else {
      node.putNull("training_rows");
      node.putNull("training_base");
    }
    if (market.caveat().isPresent()) {
      node.put("caveat", market.caveat().get());
    } else {
      node.putNull("caveat");
    }
    return node;
  }
}
