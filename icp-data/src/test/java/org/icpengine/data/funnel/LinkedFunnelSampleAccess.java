package org.icpengine.data.funnel;

import java.nio.file.Path;

/** The linked funnel sample for the tests of other packages (ABM). */
public final class LinkedFunnelSampleAccess {
  private LinkedFunnelSampleAccess() {}

  /** Returns the sample's sources.yaml. */
  public static Path sources() {
    return LinkedFunnelSample.get().sources();
  }

  /** Returns the folder of the sample's icp.json. */
  public static Path icp() {
    return LinkedFunnelSample.get().icp();
  }

  /** Returns the sample's accounts export, a prospect file with the model's columns. */
  public static Path accountsFile() {
    return sources().getParent().resolve("linked").resolve("accounts.csv");
  }
}
