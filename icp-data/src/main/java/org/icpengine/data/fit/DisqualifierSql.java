package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.Set;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The engine SQL of a model's disqualifiers: the reason of the first rule whose column holds its
 * value, compared on folding keys as the single-account scorer compares them.
 */
final class DisqualifierSql {
  private DisqualifierSql() {}

  /** The reason of the first rule the row matches, or NULL; rules on absent columns never match. */
  static String reason(ScoreModel model, Set<String> present) {
    StringBuilder sql = new StringBuilder("CASE");
    boolean any = false;
    for (Disqualifier rule : model.disqualifiers()) {
      if (!present.contains(rule.column())) {
        continue;
      }
      any = true;
      String c = quote(rule.column());
      String value = "icp_key(" + literal(rule.value()) + ")";
      String test =
          isSet(model, rule.column())
              ? "list_contains(list_transform(" + c + ", lambda x: icp_key(x)), " + value + ")"
              : "icp_key(" + c + ") = " + value;
      sql.append(" WHEN ").append(test).append(" THEN ").append(literal(rule.reason()));
    }
    return any ? sql.append(" END").toString() : "CAST(NULL AS VARCHAR)";
  }

  private static boolean isSet(ScoreModel model, String column) {
    return model.fit().attributes().stream()
        .map(PointsTable.Scored::attribute)
        .anyMatch(a -> a.column().equals(column) && a.kind() == FitAttribute.Kind.SET_ITEM);
  }
}
