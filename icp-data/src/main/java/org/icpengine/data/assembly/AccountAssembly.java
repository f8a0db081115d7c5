package org.icpengine.data.assembly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;

/**
 * Builds the account table from linked sources: one row per account of the accounts source, its
 * attribute columns, the survey and touch roll-ups, and the economics the other sources allow.
 *
 * <p>The stages run in this order, each one grouped query (or a few) in the engine: the as-of
 * window ({@link AsOfWindow}); survey roll-up ({@link Survey}); engagement ({@link Touches}); deals
 * ({@link Deals}); revenue ({@link Revenue}); month-end MRR, movements and retention ({@link
 * Subscriptions}, {@link MrrMovements}, {@link Retention}); then, over the accounts joined with
 * those, customer since, tenure and LTV ({@link Lifetime}) and CAC and payback ({@link
 * Acquisition}). Every computed column's name, rule and sources are in docs/economics.md.
 */
public final class AccountAssembly {
  private static final Pattern CAC_HEADER =
      Pattern.compile("(?i)(^|[^a-z])cac([^a-z]|$)|acquisition[ _]?cost");

  private static final List<String> WORKING_TABLES =
      List.of(
          Acquisition.RELATION,
          Acquisition.ALLOCATED,
          AccountTable.JOINED,
          Survey.RELATION,
          Touches.RELATION,
          Deals.RELATION,
          Revenue.RELATION,
          MrrMovements.RELATION,
          Retention.RELATION,
          Subscriptions.MONTHS,
          Subscriptions.BASE);

  private final LinkedSources linked;
  private final AssemblyOptions options;
  private final Engine engine;
  private final List<Part> parts = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<StageTime> times = new ArrayList<>();

  private AccountAssembly(LinkedSources linked, AssemblyOptions options) {
    this.linked = linked;
    this.options = options;
    this.engine = linked.engine();
  }

  /** Builds {@link AssembledAccounts#RELATION} in the sources' engine. */
  public static AssembledAccounts assemble(LinkedSources linked, AssemblyOptions options) {
    return new AccountAssembly(linked, options).run();
  }

  private AssembledAccounts run() {
    Optional<LocalDate> latest = DatedRecords.latest(linked);
    Optional<AsOfWindow> window = AsOfWindow.resolve(latest, options);
    notes.add(
        window
            .map(AsOfWindow::describe)
            .orElse("no dated records: no as-of date, every record is used"));
    noteUnlinked();
    try {
      recordStages(window, latest);
      List<ComputedColumn> computed = finish(window);
      long rows = engine.count(AssembledAccounts.RELATION);
      return new AssembledAccounts(
          AssembledAccounts.RELATION, rows, window.map(AsOfWindow::asOf), computed, notes, times);
    } finally {
      dropWorkingTables();
    }
  }

  private void recordStages(Optional<AsOfWindow> window, Optional<LocalDate> latest) {
    linked
        .table(SourceKind.SURVEY)
        .ifPresent(
            survey -> {
              List<String> questions = Survey.questions(engine, survey);
              if (!questions.isEmpty()) {
                add(
                    timed(
                        "survey",
                        survey.rows(),
                        () -> Survey.build(engine, survey, questions, linked.attributes())));
              }
            });
    linked
        .table(SourceKind.TOUCHES)
        .ifPresent(
            touches -> {
              if (touches.has(SourceRole.DATE) && window.isPresent()) {
                add(
                    timed(
                        "touches",
                        touches.rows(),
                        () -> Touches.build(engine, touches, window.get())));
              } else {
                notes.add("touches: no dates, so no engagement features");
              }
            });
    linked
        .table(SourceKind.OPPORTUNITIES)
        .ifPresent(
            opportunities ->
                add(
                    timed(
                        "deals",
                        opportunities.rows(),
                        () -> Deals.build(engine, opportunities, window))));
    linked
        .table(SourceKind.TRANSACTIONS)
        .ifPresent(
            transactions ->
                add(
                    timed(
                        "revenue",
                        transactions.rows(),
                        () -> Revenue.build(engine, transactions, window))));
    linked
        .table(SourceKind.SUBSCRIPTIONS)
        .ifPresent(
            subscriptions -> {
              boolean usable =
                  subscriptions.has(SourceRole.START_DATE)
                      && window.isPresent()
                      && (subscriptions.has(SourceRole.MRR) || subscriptions.has(SourceRole.ARR));
              if (usable) {
                recurring(subscriptions, window.get(), latest);
              } else {
                notes.add("subscriptions: no start date or no MRR/ARR, so no MRR figures");
              }
            });
  }

  private void recurring(LinkedTable subscriptions, AsOfWindow window, Optional<LocalDate> latest) {
    timed(
        "mrr months",
        subscriptions.rows(),
        () -> {
          notes.addAll(Subscriptions.build(engine, subscriptions, window));
          return null;
        });
    long months = engine.count(Subscriptions.MONTHS);
    add(timed("mrr movements", months, () -> MrrMovements.build(engine, window)));
    add(timed("retention", subscriptions.rows(), () -> Retention.build(engine, window, latest)));
  }

  private List<ComputedColumn> finish(Optional<AsOfWindow> window) {
    LinkedTable accounts = linked.table(SourceKind.ACCOUNTS).orElseThrow();
    Optional<String> existingCac =
        linked.attributes().stream().filter(a -> CAC_HEADER.matcher(a).find()).findFirst();
    Set<String> joined =
        timed(
            "join",
            accounts.rows(),
            () -> AccountTable.join(engine, accounts.relation(), linked.attributes(), parts));
    OptionalDouble churnRate =
        window.isPresent() && joined.contains("_active_months")
            ? MrrMovements.churnRate(engine, window.get())
            : OptionalDouble.empty();
    add(
        timed(
            "lifetime",
            accounts.rows(),
            () ->
                Lifetime.build(
                    engine,
                    new Lifetime.Inputs(
                        AccountTable.JOINED, joined, window, options.grossMargin(), churnRate))));
    Set<String> withLife = AccountTable.columns(engine, Lifetime.RELATION);
    Part acquisition =
        timed(
            "acquisition",
            accounts.rows(),
            () ->
                Acquisition.build(
                    engine,
                    new Acquisition.Inputs(
                        Lifetime.RELATION,
                        withLife,
                        linked.table(SourceKind.SPEND),
                        existingCac,
                        window,
                        options.grossMargin())));
    add(acquisition);
    String from =
        acquisition.columns().isEmpty()
            ? Lifetime.RELATION
            : Lifetime.RELATION + " LEFT JOIN " + Acquisition.RELATION + " USING (account_key)";
    return timed(
        "account table",
        accounts.rows(),
        () ->
            AccountTable.build(
                engine, AssembledAccounts.RELATION, from, linked.attributes(), parts));
  }

  private void add(Part part) {
    if (!part.columns().isEmpty()) {
      parts.add(part);
    }
    notes.addAll(part.notes());
  }

  private <T> T timed(String stage, long rows, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    times.add(new StageTime(stage, rows, (System.nanoTime() - start) / 1e9));
    return result;
  }

  private void noteUnlinked() {
    for (LinkedTable table : linked.tables().values()) {
      long unlinked = table.rows() - table.linkedRows();
      if (unlinked > 0 && table.kind() != SourceKind.SPEND) {
        notes.add(
            table.kind().yamlName()
                + ": "
                + unlinked
                + " of "
                + table.rows()
                + " rows not linked to an account, left out");
      }
    }
  }

  private void dropWorkingTables() {
    engine.execute("DROP VIEW IF EXISTS " + Lifetime.RELATION);
    for (String table : WORKING_TABLES) {
      engine.execute("DROP TABLE IF EXISTS " + table);
    }
  }
}
