package org.icpengine.web.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.server.review.Comment;

/**
 * A comment with its place in a thread.
 *
 * @param comment the comment
 * @param depth 0 for a new thread, 1 for an answer, …
 */
public record Thread(Comment comment, int depth) {
  /** Returns the comments by subject, each subject's threads in order with answers under them. */
  public static Map<String, List<Thread>> bySubject(List<Comment> comments) {
    Map<Long, List<Comment>> answers = new LinkedHashMap<>();
    Map<String, List<Comment>> roots = new LinkedHashMap<>();
    for (Comment c : comments) {
      if (c.parentId() == null) {
        roots.computeIfAbsent(c.subject(), s -> new ArrayList<>()).add(c);
      } else {
        answers.computeIfAbsent(c.parentId(), p -> new ArrayList<>()).add(c);
      }
    }
    Map<String, List<Thread>> threads = new LinkedHashMap<>();
    roots.forEach(
        (subject, list) -> {
          List<Thread> flat = new ArrayList<>();
          list.forEach(c -> add(c, 0, answers, flat));
          threads.put(subject, flat);
        });
    return threads;
  }

  private static void add(
      Comment c, int depth, Map<Long, List<Comment>> answers, List<Thread> flat) {
    flat.add(new Thread(c, Math.min(depth, 4)));
    answers.getOrDefault(c.id(), List.of()).forEach(a -> add(a, depth + 1, answers, flat));
  }
}
