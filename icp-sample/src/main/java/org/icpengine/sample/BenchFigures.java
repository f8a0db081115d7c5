package org.icpengine.sample;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes the numeric {@link BenchExtras} fields with mixed currencies, units and formats. */
final class BenchFigures {
  private BenchFigures() {}

  /** Writes monthly recurring revenue as "$1,250.00", "1250 USD", "USD 1,250" or "1.3k". */
  static String mrr(double dollars, SplittableRandom rnd) {
    long whole = Math.round(dollars);
    switch (rnd.nextInt(4)) {
      case 0:
        return Figures.money(dollars);
      case 1:
        return whole + " USD";
      case 2:
        return "USD " + Figures.grouped(whole);
      default:
        return Figures.scaled(dollars).toLowerCase(Locale.ROOT);
    }
  }

  /** Writes licensed seats as "120", "120 seats" or "120 users"; about 3 % are missing. */
  static String seats(int employees, SplittableRandom rnd) {
    long seats = Math.max(1, Math.round(employees * (0.05 + 0.2 * rnd.nextDouble())));
    switch (rnd.nextInt(5)) {
      case 0:
        return rnd.nextInt(6) == 0 ? "" : seats + " seats";
      case 1:
        return seats + " users";
      default:
        return Long.toString(seats);
    }
  }

  /** Writes a data volume given in gigabytes as "850 GB", "1.2 TB", "0.9TB" or "120gb". */
  static String dataVolume(double gigabytes, SplittableRandom rnd) {
    boolean terabytes = gigabytes >= 1000 || (gigabytes >= 500 && rnd.nextBoolean());
    String number = Figures.tenths(terabytes ? gigabytes / 1000 : gigabytes);
    switch (rnd.nextInt(3)) {
      case 0:
        return number + (terabytes ? " TB" : " GB");
      case 1:
        return number + (terabytes ? "TB" : "GB");
      default:
        return number + (terabytes ? "tb" : "gb");
    }
  }

  /** Writes a duration given in hours as "4.5 h", "270 min", "4h" or "1.2 days". */
  static String responseTime(double hours, SplittableRandom rnd) {
    switch (rnd.nextInt(4)) {
      case 0:
        return Figures.tenths(hours) + " h";
      case 1:
        return Math.round(hours * 60) + " min";
      case 2:
        return Math.round(hours) + "h";
      default:
        return Figures.tenths(hours / 24) + " days";
    }
  }

  /** Writes the next renewal after the export as "2026-03-01", "03/01/2026" or "1 Mar 2026". */
  static String renewal(long customerSince, SplittableRandom rnd) {
    long years = Math.max(1, (Outcomes.EXPORT_DAY - customerSince) / 365 + 1);
    long day = customerSince + years * 365;
    switch (rnd.nextInt(3)) {
      case 0:
        return Figures.isoDate(day);
      case 1:
        return Figures.usDate(day);
      default:
        LocalDate date = LocalDate.ofEpochDay(day);
        return date.getDayOfMonth()
            + " "
            + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.US)
            + " "
            + date.getYear();
    }
  }
}
