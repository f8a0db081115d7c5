package org.icpengine.data.icp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.icpengine.core.stats.Interval;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.model.document.HeldOutEvaluation;
import org.icpengine.model.document.IcpContents;
import org.icpengine.model.document.IcpContentsJson;
import org.icpengine.model.document.IcpDocument;

/**
 * An ICP as {@code icp.json}, the contract other tools read (see docs/icp-json.md): the derive
 * results handed to icp-model's one writer ({@link IcpContentsJson}) as its records, and the parts
 * this module needs read back from its one reader ({@link IcpDocument}).
 */
public final class IcpJson {
  private IcpJson() {}

  /** Writes the ICP to the file, whole or not at all. */
  public static void write(IcpDefinition icp, Path file) throws IOException {
    AtomicFiles.write(file, IcpContentsJson.bytes(contents(icp)));
  }

  /** Returns the ICP as a JSON document. */
  public static ObjectNode of(IcpDefinition icp) {
    return IcpContentsJson.of(contents(icp));
  }

  /** Returns the ICP as icp.json's records. */
  public static IcpContents contents(IcpDefinition icp) {
    return new IcpContents(
        IcpDefinition.FORMAT_VERSION,
        icp.provenance(),
        ideal(icp.ideal()),
        icp.used(),
        icp.excluded().stream().map(e -> new IcpContents.Excluded(e.column(), e.reason())).toList(),
        icp.traits(),
        icp.segments(),
        icp.outcomeFindings(),
        icp.coverage(),
        icp.summary(),
        icp.notes(),
        Optional.of(verdict(icp.usability())),
        icp.fit().model(),
        HeldOutEvaluation.of(icp.fit().evaluation()));
  }

  /** Returns the ideal definition as icp.json states it. */
  public static IcpContents.Ideal ideal(IdealDefinition ideal) {
    return new IcpContents.Ideal(
        ideal.expression(),
        ideal.description(),
        ideal.isDefault(),
        ideal.columnsRead(),
        ideal.idealRows(),
        ideal.rows());
  }

  /**
   * Reads whether an icp.json document's ICP is fit for use; a document written before this was
   * recorded (no {@code usable}) reads as {@link Usability#unknown()}.
   */
  public static Usability usability(IcpDocument document) {
    return document
        .verdict()
        .map(
            v ->
                new Usability(
                    v.usable() ? Usability.Verdict.USABLE : Usability.Verdict.NOT_USABLE,
                    v.reason(),
                    v.auc(),
                    Double.isNaN(v.aucLow())
                            || Double.isNaN(v.aucHigh())
                            || v.aucLow() > v.aucHigh()
                        ? Interval.missing()
                        : new Interval(v.aucLow(), v.aucHigh()),
                    v.baselineAuc()))
        .orElse(Usability.unknown());
  }

  /**
   * Reads the ideal definition an icp.json document was derived for; a missing part reads as empty
   * (no expression, no columns, no rows).
   */
  public static IdealDefinition ideal(IcpDocument document) {
    IcpContents.Ideal ideal = document.ideal();
    return new IdealDefinition(
        ideal.expression(),
        ideal.description(),
        ideal.isDefault(),
        ideal.columnsRead(),
        ideal.idealRows(),
        ideal.rows());
  }

  private static IcpContents.Verdict verdict(Usability usability) {
    return new IcpContents.Verdict(
        usability.usable(),
        usability.reason(),
        usability.auc(),
        usability.aucInterval().low(),
        usability.aucInterval().high(),
        usability.baselineAuc());
  }
}
