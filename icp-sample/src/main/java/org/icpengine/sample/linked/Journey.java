package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.icpengine.sample.PlantedIcp;
import org.icpengine.sample.linked.Story.DealType;
import org.icpengine.sample.linked.Story.Movement;
import org.icpengine.sample.linked.Story.Opportunity;
import org.icpengine.sample.linked.Story.Segment;

/**
 * Simulates one account's deals and subscription month by month: new-business attempts until one is
 * won, then annual renewals (churn or a possible downgrade), expansions in between, and after a
 * churn a chance to come back. Every MRR change opens a new segment; every contract event is also
 * an opportunity.
 */
final class Journey {
  private static final double REACTIVATION_MONTHLY = 0.015;
  private static final double CONTRACTION_AT_RENEWAL_FIT = 0.05;
  private static final double CONTRACTION_AT_RENEWAL_OTHER = 0.12;

  private final Company company;
  private final Keys keys;
  private final SplittableRandom rnd;
  private final List<Opportunity> opportunities = new ArrayList<>();
  private final List<Segment> segments = new ArrayList<>();
  private String leadSource;
  private YearMonth segmentStart;
  private YearMonth contractStart;
  private long mrr;
  private Movement change;
  private boolean active;

  private Journey(Company company, Keys keys, SplittableRandom rnd) {
    this.company = company;
    this.keys = keys;
    this.rnd = rnd;
  }

  /** The deals and subscription segments of one account. */
  record Result(List<Opportunity> opportunities, List<Segment> segments, String leadSource) {}

  /** Simulates {@code company}'s story; about a fifth of accounts never reach an opportunity. */
  static Result simulate(Company company, Keys keys, SplittableRandom rnd) {
    Journey journey = new Journey(company, keys, rnd);
    journey.leadSource = Deals.channel(rnd);
    if (chance(rnd, 0.8)) {
      journey.sell(Deals.FIRST_CREATED + rnd.nextLong(Deals.LAST_CREATED - Deals.FIRST_CREATED));
    }
    return new Result(
        List.copyOf(journey.opportunities), List.copyOf(journey.segments), journey.leadSource);
  }

  private void sell(long created) {
    long firstMrr = Deals.firstMrr(company, rnd);
    while (true) {
      boolean won = chance(rnd, Deals.winRate(company));
      long cycle = Deals.cycleDays(company, won, rnd);
      long closed = created + cycle;
      if (closed >= Deals.EXPORT_DAY) {
        double elapsed = (Deals.EXPORT_DAY - created) / (double) cycle;
        add(DealType.NEW, "New Business", Deals.openStage(elapsed), created, closed, 12 * firstMrr);
        return;
      }
      add(
          DealType.NEW,
          "New Business",
          won ? "Closed Won" : "Closed Lost",
          created,
          closed,
          12 * firstMrr);
      if (won) {
        subscribe(YearMonth.from(LocalDate.ofEpochDay(closed)).plusMonths(1), firstMrr);
        return;
      }
      created = closed + 60 + rnd.nextInt(300);
      if (created > Deals.LAST_CREATED || !Deals.retries(rnd)) {
        return;
      }
    }
  }

  private void subscribe(YearMonth start, long firstMrr) {
    if (start.isAfter(Deals.EXPORT_MONTH)) {
      return; // signed, starting after the export
    }
    open(start, firstMrr, Movement.NEW);
    contractStart = start;
    for (YearMonth month = start.plusMonths(1);
        !month.isAfter(Deals.EXPORT_MONTH);
        month = month.plusMonths(1)) {
      if (!active) {
        comeBack(month);
      } else if (contractStart.until(month, ChronoUnit.MONTHS) % 12 == 0) {
        renew(month);
      } else {
        expand(month);
      }
    }
    if (active) {
      segments.add(new Segment(segmentStart, null, mrr, change));
      openRenewal();
    }
  }

  private void renew(YearMonth month) {
    long created = month.atDay(1).toEpochDay() - 45 - rnd.nextInt(30);
    long closed = month.atDay(1).toEpochDay() - 1 - rnd.nextInt(10);
    if (chance(rnd, churnRate())) {
      add(DealType.RENEWAL, "Renewal", "Closed Lost", created, closed, 12 * mrr);
      close(month);
      active = false;
      return;
    }
    double contraction = company.fit() ? CONTRACTION_AT_RENEWAL_FIT : CONTRACTION_AT_RENEWAL_OTHER;
    long lower = roundMrr(mrr * (0.6 + 0.3 * rnd.nextDouble()));
    if (chance(rnd, contraction) && lower < mrr) {
      close(month);
      open(month, lower, Movement.CONTRACTION);
    }
    add(DealType.RENEWAL, "Renewal", "Closed Won", created, closed, 12 * mrr);
  }

  private void expand(YearMonth month) {
    if (!chance(rnd, expansionRate())) {
      return;
    }
    long higher = roundMrr(mrr * (1.15 + 0.4 * rnd.nextDouble()));
    long closed = month.atDay(1).toEpochDay() - 1 - rnd.nextInt(6);
    long created = closed - 20 - rnd.nextInt(40);
    add(DealType.EXPANSION, "Expansion", "Closed Won", created, closed, 12 * (higher - mrr));
    close(month);
    open(month, higher, Movement.EXPANSION);
  }

  private void comeBack(YearMonth month) {
    if (!chance(rnd, REACTIVATION_MONTHLY)) {
      return;
    }
    long back = roundMrr(mrr * (0.6 + 0.4 * rnd.nextDouble()));
    long closed = month.atDay(1).toEpochDay() - 1 - rnd.nextInt(6);
    add(DealType.NEW, "Win-back", "Closed Won", closed - 15 - rnd.nextInt(30), closed, 12 * back);
    open(month, back, Movement.REACTIVATION);
    contractStart = month;
  }

  /** Adds an open renewal for a contract whose anniversary falls within 90 days of the export. */
  private void openRenewal() {
    YearMonth anniversary = contractStart.plusYears(1);
    while (!anniversary.isAfter(Deals.EXPORT_MONTH)) {
      anniversary = anniversary.plusYears(1);
    }
    long due = anniversary.atDay(1).toEpochDay() - 1;
    if (due - Deals.EXPORT_DAY <= 90) {
      long created = Math.min(due - 60, Deals.EXPORT_DAY - 1 - rnd.nextInt(20));
      add(DealType.RENEWAL, "Renewal", "Negotiation", created, due, 12 * mrr);
    }
  }

  double churnRate() {
    double rate = company.fit() ? PlantedIcp.RENEWAL_CHURN_FIT : PlantedIcp.RENEWAL_CHURN_OTHER;
    rate *= company.lacksCrm() ? PlantedIcp.CHURN_MULTIPLIER_WITHOUT_CRM : 1.0;
    rate *= company.account().disqualified() ? PlantedIcp.CHURN_MULTIPLIER_DISQUALIFIED : 1.0;
    return Math.min(0.9, rate);
  }

  double expansionRate() {
    double rate =
        company.fit() ? PlantedIcp.MONTHLY_EXPANSION_FIT : PlantedIcp.MONTHLY_EXPANSION_OTHER;
    boolean job = PlantedIcp.EXPANSION_JOB.equals(company.job());
    return rate * (job ? PlantedIcp.EXPANSION_MULTIPLIER_FOR_JOB : 1.0);
  }

  private void open(YearMonth start, long newMrr, Movement movement) {
    segmentStart = start;
    mrr = newMrr;
    change = movement;
    active = true;
  }

  /** Ends the running segment on the last day of the month before {@code month}. */
  private void close(YearMonth month) {
    segments.add(new Segment(segmentStart, month.minusMonths(1), mrr, change));
  }

  private void add(
      DealType type, String kind, String stage, long created, long closed, long amount) {
    String id = keys.opportunity(company.index(), opportunities.size());
    String name = company.account().name() + " - " + kind;
    opportunities.add(new Opportunity(id, type, name, stage, created, closed, amount, leadSource));
  }

  private static long roundMrr(double value) {
    return Math.max(50, 5 * Math.round(value / 5));
  }
}
