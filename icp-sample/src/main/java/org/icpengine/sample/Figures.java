package org.icpengine.sample;

import java.time.LocalDate;

/**
 * Formats numbers, money and dates the way CRM exports do. Pure functions without randomness; the
 * messy choice between formats is made by the callers.
 */
public final class Figures {
  private static final int[] BAND_TOPS = {10, 50, 200, 500, 1000, 5000, 10_000};
  private static final String[] BANDS = {
    "1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5001-10000", "10,001+"
  };

  private Figures() {}

  /** Formats {@code value} with a comma every three digits: {@code 12500000 -> "12,500,000"}. */
  public static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder out = new StringBuilder(digits.length() + 8);
    if (value < 0) {
      out.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /** Formats dollars with cents: {@code 12345.674 -> "$12,345.67"}. */
  public static String money(double dollars) {
    long cents = Math.round(dollars * 100);
    long fraction = cents % 100;
    return "$" + grouped(cents / 100) + (fraction < 10 ? ".0" : ".") + fraction;
  }

  /** Formats whole dollars: {@code 4500 -> "$4,500"}. */
  public static String dollars(long dollars) {
    return "$" + grouped(dollars);
  }

  /** Formats with one optional decimal and an upper-case K, M or B unit: {@code "12.5M"}. */
  static String scaled(double value) {
    if (value >= 1e9) {
      return tenths(value / 1e9) + "B";
    }
    if (value >= 1e6) {
      return tenths(value / 1e6) + "M";
    }
    if (value >= 1e3) {
      return tenths(value / 1e3) + "K";
    }
    return tenths(value);
  }

  /** Formats with at most one decimal, dropping a trailing {@code ".0"}. */
  static String tenths(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
  }

  /** Returns the employee band that contains {@code employees}, e.g. {@code 200 -> "51-200"}. */
  static String band(int employees) {
    for (int i = 0; i < BAND_TOPS.length; i++) {
      if (employees <= BAND_TOPS[i]) {
        return BANDS[i];
      }
    }
    return BANDS[BANDS.length - 1];
  }

  /** Formats a day as {@code MM/DD/YYYY}. */
  public static String usDate(long epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    return twoDigits(date.getMonthValue())
        + "/"
        + twoDigits(date.getDayOfMonth())
        + "/"
        + date.getYear();
  }

  /** Formats a day as {@code YYYY-MM-DD}. */
  public static String isoDate(long epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    return date.getYear()
        + "-"
        + twoDigits(date.getMonthValue())
        + "-"
        + twoDigits(date.getDayOfMonth());
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
