package org.icpengine.server.monitor;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Runs {@link Monitor#tick()} on a fixed delay with db-scheduler, whose job store is the app
 * database's {@code scheduled_tasks} table (migration V7): with several servers on one database,
 * one of them runs each round. Its clock is the server's, so a test that moves the clock moves the
 * schedule.
 */
public final class MonitorScheduler implements AutoCloseable {
  /** The task's name in {@code scheduled_tasks}. */
  public static final String TASK = "icp-monitor";

  /** How often a round runs, by the server's clock. */
  public static final Duration EVERY = Duration.ofMinutes(5);

  /** How often the job store is polled for due rounds, in real time. */
  static final Duration POLL = Duration.ofSeconds(1);

  private final Scheduler scheduler;

  private MonitorScheduler(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** Starts the scheduler; the first round runs at once. */
  public static MonitorScheduler start(DataSource dataSource, Monitor monitor, Clock clock) {
    RecurringTask<Void> round =
        Tasks.recurring(TASK, FixedDelay.of(EVERY)).execute((instance, context) -> monitor.tick());
    Scheduler scheduler =
        Scheduler.create(dataSource)
            .startTasks(round)
            .clock(clock::instant)
            .threads(1)
            .pollingInterval(POLL)
            .alwaysPersistTimestampInUTC()
            .shutdownMaxWait(Duration.ofSeconds(30))
            .build();
    scheduler.start();
    return new MonitorScheduler(scheduler);
  }

  /** Stops taking rounds; a running one may finish (up to 30 s). */
  @Override
  public void close() {
    scheduler.stop();
  }
}
