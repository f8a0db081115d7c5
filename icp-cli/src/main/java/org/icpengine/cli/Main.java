package org.icpengine.cli;

/** Entry point of the icp executable. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(0);
  }
}
