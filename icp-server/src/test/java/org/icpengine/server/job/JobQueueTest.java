package org.icpengine.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobQueueTest {
  private static JobQueue.Queued job(long id, long workspace) {
    return new JobQueue.Queued(id, workspace, () -> {});
  }

  private static List<Long> drain(JobQueue queue) throws InterruptedException {
    List<Long> order = new ArrayList<>();
    while (queue.size() > 0) {
      order.add(queue.take(1, TimeUnit.SECONDS).orElseThrow().jobId());
    }
    return order;
  }

  @Test
  void take_goesRoundRobinBetweenWorkspaces() throws InterruptedException {
    JobQueue queue = new JobQueue();
    for (long id = 1; id <= 5; id++) {
      queue.add(job(id, 10));
    }
    queue.add(job(6, 20));
    queue.add(job(7, 30));
    queue.add(job(8, 20));
    assertThat(drain(queue)).containsExactly(1L, 6L, 7L, 2L, 8L, 3L, 4L, 5L);
  }

  @Test
  void take_givesAWorkspaceThatComesLaterItsTurnBeforeTheBusyOnesRest()
      throws InterruptedException {
    JobQueue queue = new JobQueue();
    queue.add(job(1, 10));
    queue.add(job(2, 10));
    queue.add(job(3, 10));
    assertThat(queue.take(1, TimeUnit.SECONDS).orElseThrow().jobId()).isEqualTo(1);
    queue.add(job(4, 20));
    assertThat(drain(queue)).containsExactly(2L, 4L, 3L);
  }

  @Test
  void remove_takesAWaitingJobOutOfItsLine() throws InterruptedException {
    JobQueue queue = new JobQueue();
    queue.add(job(1, 10));
    queue.add(job(2, 20));
    queue.add(job(3, 20));
    assertThat(queue.remove(1)).isTrue();
    assertThat(queue.remove(1)).isFalse();
    assertThat(queue.remove(99)).isFalse();
    assertThat(drain(queue)).containsExactly(2L, 3L);
  }

  @Test
  void take_waitsAndGivesNothingWhenNothingComes() throws InterruptedException {
    JobQueue queue = new JobQueue();
    long started = System.nanoTime();
    assertThat(queue.take(50, TimeUnit.MILLISECONDS)).isEmpty();
    assertThat(System.nanoTime() - started)
        .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
  }

  @Test
  void say_writesDurationsAsPeopleDo() {
    assertThat(DeriveJobs.say(java.time.Duration.ofMinutes(30))).isEqualTo("30 min");
    assertThat(DeriveJobs.say(java.time.Duration.ofSeconds(90))).isEqualTo("90 s");
    assertThat(DeriveJobs.say(java.time.Duration.ofMillis(250))).isEqualTo("250 ms");
  }
}
