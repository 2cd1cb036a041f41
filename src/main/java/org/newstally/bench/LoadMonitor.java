package org.newstally.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine's 1-minute load average over a run, sampled every second: its mean and maximum. On a shared machine
 * it tells how much of the measured time others took; a run busy on N cores adds about N to it.
 */
final class LoadMonitor implements AutoCloseable {
  private static final long SAMPLE_MILLIS = 1000;

  private final Thread sampler;
  private volatile boolean running = true;
  private double sum;
  private double max;
  private int samples;

  private LoadMonitor() {
    sample();
    sampler = new Thread(this::run, "load-monitor");
    sampler.setDaemon(true);
    sampler.start();
  }

  static LoadMonitor start() {
    return new LoadMonitor();
  }

  private void run() {
    while (running) {
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      sample();
    }
  }

  private synchronized void sample() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    if (load < 0) {
      return; // not available on this platform
    }
    sum += load;
    max = Math.max(max, load);
    samples++;
  }

  /** Mean of the samples; -1 when the platform gives no load average. */
  synchronized double mean() {
    return samples == 0 ? -1 : sum / samples;
  }

  synchronized double max() {
    return samples == 0 ? -1 : max;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    sample();
  }
}
