package org.newstally.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapMonitorTest {
  @Test
  void liveDataHeldThroughACollectionShowsInThePeakAfterGc() throws InterruptedException {
    byte[] held;
    try (HeapMonitor monitor = HeapMonitor.start()) {
      held = new byte[64 << 20];
      System.gc();
      // GC notifications arrive on another thread
      for (int i = 0; i < 100 && monitor.peakAfterGc() < held.length; i++) {
        Thread.sleep(20);
      }
      assertThat(monitor.peakAfterGc()).isGreaterThanOrEqualTo(held.length);
      assertThat(monitor.peakUsed()).isGreaterThanOrEqualTo(held.length);
      assertThat(monitor.peakUsed()).isLessThanOrEqualTo(HeapMonitor.maxHeap());
    }
    assertThat(held).hasSize(64 << 20);
  }
}
