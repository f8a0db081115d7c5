package org.icpengine.sample.linked;

import java.util.SplittableRandom;
import org.icpengine.sample.Figures;

/**
 * Writes timestamps and amounts the way the linked export's systems do: Salesforce datetimes
 * ({@code 2024-03-05T14:22:01.000+0000}), a marketing tool's {@code 2024-03-05 14:22:01}, a survey
 * tool's {@code 03/05/2024 14:22}, and money as {@code 12500}, {@code 12500.00}, {@code $12,500} or
 * {@code 12,500.00}.
 */
final class Formats {
  private Formats() {}

  /** Formats a day at a random time of day as a Salesforce API datetime in UTC. */
  static String salesforceDateTime(long day, SplittableRandom rnd) {
    return Figures.isoDate(day) + "T" + time(rnd, true) + ".000+0000";
  }

  /** Formats a day at a random time of day as {@code YYYY-MM-DD HH:MM:SS}. */
  static String isoDateTime(long day, SplittableRandom rnd) {
    return Figures.isoDate(day) + " " + time(rnd, true);
  }

  /** Formats a day at a random time of day as {@code MM/DD/YYYY HH:MM}. */
  static String usDateTime(long day, SplittableRandom rnd) {
    return Figures.usDate(day) + " " + time(rnd, false);
  }

  /** Formats whole dollars in one of four spellings, drawn per value. */
  static String amount(long dollars, SplittableRandom rnd) {
    switch (rnd.nextInt(4)) {
      case 0:
        return Long.toString(dollars);
      case 1:
        return dollars + ".00";
      case 2:
        return Figures.dollars(dollars);
      default:
        return Figures.grouped(dollars) + ".00";
    }
  }

  /** Formats dollars with cents, without a currency sign: {@code 12,345.67}. */
  static String cents(double dollars) {
    return Figures.money(dollars).substring(1);
  }

  private static String time(SplittableRandom rnd, boolean seconds) {
    int minute = 7 * 60 + rnd.nextInt(12 * 60);
    String hm = two(minute / 60) + ":" + two(minute % 60);
    return seconds ? hm + ":" + two(rnd.nextInt(60)) : hm;
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
