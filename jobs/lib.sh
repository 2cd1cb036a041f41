# Shared by the scripts in jobs/: locate the project, build the shaded jar when it is missing or older than the
# sources, and expose the JVM flags and Spark's classpath (Spark is "provided": the same jars a cluster supplies).
# shellcheck shell=bash
NEWSTALLY_JOBS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NEWSTALLY_ROOT="$(dirname "$NEWSTALLY_JOBS")"
NEWSTALLY_JAR="$NEWSTALLY_ROOT/target/newstally.jar"
NEWSTALLY_SPARK_CP_FILE="$NEWSTALLY_ROOT/target/spark-classpath.txt"

newstally_build_if_needed() {
  local stale=""
  if [[ -f "$NEWSTALLY_JAR" && -f "$NEWSTALLY_SPARK_CP_FILE" ]]; then
    stale=$(find "$NEWSTALLY_ROOT/src/main" "$NEWSTALLY_ROOT/pom.xml" "$NEWSTALLY_ROOT/data/lexicons" \
      -newer "$NEWSTALLY_JAR" -type f 2>/dev/null | head -n 1)
    [[ -z "$stale" ]] && return 0
    echo "newstally: sources changed since the jar was built ($stale); rebuilding..." >&2
  else
    echo "newstally: building target/newstally.jar (the first build downloads Spark and Spark NLP, a few minutes)..." >&2
  fi
  command -v mvn >/dev/null || { echo "newstally: Maven (mvn) is needed to build; install Maven 3.8+ and Java 17" >&2; exit 2; }
  (cd "$NEWSTALLY_ROOT" && mvn -B -q -DskipTests package) >&2 || { echo "newstally: build failed" >&2; exit 2; }
}

newstally_jvm_flags() {
  grep -v '^#' "$NEWSTALLY_JOBS/jvm-flags" | tr '\n' ' '
}

newstally_spark_classpath() {
  cat "$NEWSTALLY_SPARK_CP_FILE"
}
