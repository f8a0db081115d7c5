package org.icpengine.server.version;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.data.icp.Usability;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.model.document.IcpFileException;
import org.icpengine.server.ServerException;

/**
 * Refuses to publish a version whose icp.json says it is not usable (its fit score ranks held-out
 * accounts no better than chance, or discovery published nothing), unless an admin overrides with a
 * written justification, which the audit log keeps. A version from before usability was recorded
 * publishes as before.
 */
final class UsabilityGate {
  /** The longest justification kept. */
  static final int MAX_OVERRIDE = 2_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private UsabilityGate() {}

  /**
   * Checks the version may be published.
   *
   * @param override the justification for publishing an unusable version, if given
   * @return the justification to record, when publishing goes ahead on an override
   * @throws ServerException 409 naming the reason when the version is not usable and no
   *     justification was given; 422 when the justification is too long
   */
  static Optional<String> check(Version version, Optional<String> override) {
    Optional<String> justification = override.map(String::strip).filter(o -> !o.isEmpty());
    if (justification.isPresent() && justification.get().length() > MAX_OVERRIDE) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE,
          "the override justification is "
              + justification.get().length()
              + " characters: keep it to "
              + MAX_OVERRIDE);
    }
    Usability usability = usability(version);
    if (usability.usable()) {
      return Optional.empty();
    }
    if (justification.isEmpty()) {
      throw ServerException.conflict(
          "version "
              + version.number()
              + " is not usable: "
              + usability.reason()
              + "; derive it again with another ideal definition or more data, or, as an admin,"
              + " publish it anyway with a written justification in \"override\"");
    }
    return justification;
  }

  /** Returns whether the version's document is usable, as recorded when it was derived. */
  static Usability usability(Version version) {
    if (version.icp() == null) {
      throw new IllegalStateException("version " + version.number() + " was read without its icp");
    }
    try {
      return IcpJson.usability(IcpDocument.stored(version.icp(), "version " + version.number()));
    } catch (IcpFileException e) {
      throw new IllegalStateException("version " + version.number() + " holds invalid JSON", e);
    }
  }
}
