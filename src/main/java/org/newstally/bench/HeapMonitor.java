package org.newstally.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures of this JVM over a run: the peak of heap used, sampled every few milliseconds, and the peak of heap
 * still used right after a garbage collection. The first mostly shows how far the collector lets garbage pile up
 * before collecting (it grows with -Xmx); the second is the live data the run really holds, the figure that must
 * stay flat when the input grows.
 */
public final class HeapMonitor implements AutoCloseable {
  private static final long SAMPLE_MILLIS = 20;

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Thread sampler;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener gcListener = new AfterGcListener(peakAfterGc);
  private final long gcMillisAtStart;
  private volatile boolean running = true;

  private HeapMonitor() {
    gcMillisAtStart = gcMillis();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        NotificationEmitter emitter = (NotificationEmitter) gc;
        emitter.addNotificationListener(gcListener, null, null);
        emitters.add(emitter);
      }
    }
    sampler = new Thread(this::sample, "heap-monitor");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts sampling now; {@link #close} stops it. */
  public static HeapMonitor start() {
    return new HeapMonitor();
  }

  private void sample() {
    while (running) {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      peakUsed.accumulateAndGet(used, Math::max);
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Peak heap used (bytes), sampled. */
  public long peakUsed() {
    return peakUsed.get();
  }

  /** Peak heap used right after a collection (bytes): the live set; 0 when no collection ran. */
  public long peakAfterGc() {
    return peakAfterGc.get();
  }

  /** Time spent in garbage collection since the start (ms, summed over collectors; concurrent work included). */
  public long gcMillisSinceStart() {
    return gcMillis() - gcMillisAtStart;
  }

  /** The heap limit (-Xmx) in bytes. */
  public static long maxHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(gcListener);
      } catch (ListenerNotFoundException e) {
        // already gone: nothing to remove
      }
    }
  }

  /** Sums the heap pools after each collection and keeps the maximum. */
  private static final class AfterGcListener implements NotificationListener {
    private final AtomicLong peak;

    AfterGcListener(AtomicLong peak) {
      this.peak = peak;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (isHeapPool(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      peak.accumulateAndGet(used, Math::max);
    }

    private static boolean isHeapPool(String name) {
      // G1, Parallel and Serial heap pools; code cache, metaspace and class space are not heap
      return name.contains("Eden") || name.contains("Survivor") || name.contains("Old Gen")
          || name.contains("Tenured");
    }
  }
}
