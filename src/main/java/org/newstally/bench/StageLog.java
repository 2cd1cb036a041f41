package org.newstally.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import scala.collection.JavaConverters;

/**
 * Records, for every completed stage, its wall time and the task time spent in it, and for every executor (the
 * driver included) the peak JVM heap Spark's executor metrics reported. Registered on the driver for one bench run;
 * the totals say where a run's time went (read, NLP, writes, aggregates) without reading Spark's UI.
 */
public final class StageLog extends SparkListener {
  /** One completed stage. Times in milliseconds. */
  public static final class Stage {
    public final int stageId;
    public final String job;
    public final String name;
    public final int tasks;
    public final long wallMillis;
    public final long taskMillis;
    public final long taskCpuMillis;
    public final long gcMillis;
    public final long inputBytes;
    public final long shuffleReadBytes;
    public final long shuffleWriteBytes;
    public final long outputBytes;
    public final boolean failed;

    Stage(StageInfo info, String job) {
      TaskMetrics m = info.taskMetrics();
      this.stageId = info.stageId();
      this.job = job;
      this.name = info.name();
      this.tasks = info.numTasks();
      long submitted = info.submissionTime().isDefined() ? (Long) info.submissionTime().get() : 0L;
      long completed = info.completionTime().isDefined() ? (Long) info.completionTime().get() : submitted;
      this.wallMillis = completed - submitted;
      this.taskMillis = m == null ? 0 : m.executorRunTime();
      this.taskCpuMillis = m == null ? 0 : m.executorCpuTime() / 1_000_000;
      this.gcMillis = m == null ? 0 : m.jvmGCTime();
      this.inputBytes = m == null ? 0 : m.inputMetrics().bytesRead();
      this.shuffleReadBytes = m == null ? 0
          : m.shuffleReadMetrics().remoteBytesRead() + m.shuffleReadMetrics().localBytesRead();
      this.shuffleWriteBytes = m == null ? 0 : m.shuffleWriteMetrics().bytesWritten();
      this.outputBytes = m == null ? 0 : m.outputMetrics().bytesWritten();
      this.failed = info.failureReason().isDefined();
    }
  }

  private final Map<Integer, String> jobOfStage = new HashMap<>();
  private final List<Stage> stages = new ArrayList<>();
  private final Map<String, Long> peakHeapByExecutor = new TreeMap<>();

  @Override
  public synchronized void onJobStart(SparkListenerJobStart event) {
    String description = event.properties() == null ? null : event.properties().getProperty("spark.job.description");
    String job = description != null ? description : "job " + event.jobId();
    for (Object stageId : JavaConverters.seqAsJavaList(event.stageIds())) {
      jobOfStage.put((Integer) stageId, job);
    }
  }

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted event) {
    StageInfo info = event.stageInfo();
    stages.add(new Stage(info, jobOfStage.getOrDefault(info.stageId(), "?")));
  }

  @Override
  public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate event) {
    for (ExecutorMetrics metrics : JavaConverters.mapAsJavaMap(event.executorUpdates()).values()) {
      peakHeapByExecutor.merge(event.execId(), metrics.getMetricValue("JVMHeapMemory"), Math::max);
    }
  }

  /** Completed stages in completion order. */
  public synchronized List<Stage> stages() {
    return Collections.unmodifiableList(new ArrayList<>(stages));
  }

  /** Peak JVM heap used per executor id ("driver" included), as Spark's executor metrics reported it. */
  public synchronized Map<String, Long> peakHeapByExecutor() {
    return Collections.unmodifiableMap(new TreeMap<>(peakHeapByExecutor));
  }

  /** Sum of task time per job description, in the order the jobs first completed a stage. */
  public synchronized Map<String, Long> taskMillisByJob() {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (Stage s : stages) {
      out.merge(s.job, s.taskMillis, Long::sum);
    }
    return out;
  }
}
