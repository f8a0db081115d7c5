package org.icpengine.server.dataset;

import java.util.HashMap;
import java.util.Map;
import org.icpengine.server.ServerException;

/**
 * How many uploads may arrive at once, on the whole server and per workspace: each holds a thread,
 * a file being written and, while it is profiled, an engine. One more is refused at once (429)
 * rather than queued, so a client sending many files learns to send fewer at a time.
 */
public final class UploadSlots {
  /** A slot taken; closing it gives it back. */
  public interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  private final int total;
  private final int perWorkspace;
  private final Map<Long, Integer> taken = new HashMap<>();
  private int inUse;

  /** Allows {@code total} uploads at once, at most {@code perWorkspace} of one workspace. */
  public UploadSlots(int total, int perWorkspace) {
    if (total < 1 || perWorkspace < 1) {
      throw new IllegalArgumentException(
          "upload slots must be at least 1, not " + total + " and " + perWorkspace);
    }
    this.total = total;
    this.perWorkspace = perWorkspace;
  }

  /**
   * Takes a slot for an upload to the workspace.
   *
   * @throws ServerException 429 when the server or the workspace has all its uploads under way
   */
  public synchronized Slot take(long workspaceId) {
    int mine = taken.getOrDefault(workspaceId, 0);
    if (mine >= perWorkspace) {
      throw busy(perWorkspace + " uploads to this workspace are already under way");
    }
    if (inUse >= total) {
      throw busy("the server already takes " + total + " uploads at once");
    }
    taken.put(workspaceId, mine + 1);
    inUse++;
    return new Slot() {
      private boolean open = true;

      @Override
      public void close() {
        synchronized (UploadSlots.this) {
          if (open) {
            open = false;
            inUse--;
            taken.merge(workspaceId, -1, Integer::sum);
            taken.remove(workspaceId, 0);
          }
        }
      }
    };
  }

  private static ServerException busy(String why) {
    return new ServerException(
        ServerException.Kind.TOO_MANY, why + ": send it again when one has finished");
  }
}
