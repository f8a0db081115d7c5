package org.icpengine.sample.linked;

import java.time.LocalDate;
import java.time.YearMonth;

/** Parses the export's amounts and dates the way an independent reader would. */
final class Amounts {
  private Amounts() {}

  /** Parses "12500", "12500.00", "$12,500" or "12,500.00". */
  static double money(String text) {
    return Double.parseDouble(text.replace("$", "").replace(",", ""));
  }

  /** Parses MM/DD/YYYY. */
  static LocalDate usDate(String text) {
    String[] parts = text.split("/");
    return LocalDate.of(
        Integer.parseInt(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  static YearMonth usMonth(String text) {
    return YearMonth.from(usDate(text));
  }

  /** Parses the date part of an ISO date or datetime. */
  static LocalDate isoDate(String text) {
    return LocalDate.parse(text.substring(0, 10));
  }
}
