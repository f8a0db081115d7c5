package org.icpengine.server.review;

import java.util.Locale;
import org.icpengine.server.ServerException;

/** The teams that must agree on an ICP. */
public enum Department {
  MARKETING("Marketing"),
  SALES("Sales"),
  CUSTOMER_SUCCESS("Customer success"),
  PRODUCT("Product"),
  FINANCE("Finance");

  private final String label;

  Department(String label) {
    this.label = label;
  }

  /** Returns the name in forms and the API: marketing, sales, customer_success, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the name people read. */
  public String label() {
    return label;
  }

  /**
   * Reads a department's key.
   *
   * @throws ServerException when it is not one
   */
  public static Department of(String key) {
    for (Department d : values()) {
      if (d.key().equals(key)) {
        return d;
      }
    }
    throw ServerException.badRequest(
        "department '"
            + key
            + "' is not one of marketing, sales, customer_success, product, finance");
  }
}
