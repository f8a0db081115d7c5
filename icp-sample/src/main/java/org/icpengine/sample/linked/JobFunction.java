package org.icpengine.sample.linked;

/** A contact's function, as the sample plants it; titles spell it in many ways. */
enum JobFunction {
  FINANCE("Finance"),
  SALES("Sales"),
  MARKETING("Marketing"),
  ENGINEERING("Engineering"),
  DATA("Data & Analytics"),
  OPERATIONS("Operations"),
  PEOPLE("People"),
  CUSTOMER_SUCCESS("Customer Success"),
  EXECUTIVE("General Management");

  private final String words;

  JobFunction(String words) {
    this.words = words;
  }

  /** Returns the function as written in English titles, e.g. "Finance". */
  String words() {
    return words;
  }
}
