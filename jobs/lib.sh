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

# Class data sharing (AppCDS): the JVM maps the classes a run of a command loaded, already parsed and verified, from
# an archive instead of reading ~20,000 classes from the jars again; it saves seconds of every short run (see
# docs/performance.md, fixed cost). One archive per command, in target/cds/, written at the exit of the first run
# after a build (that run takes a few seconds longer) and ignored by the JVM when it does not match the classpath.
# NEWSTALLY_CDS=0 turns it off.
NEWSTALLY_CDS_DIR="$NEWSTALLY_ROOT/target/cds"

# JVM flags for the archive of command $1: use it when it is newer than the jar, else write it at exit (to a
# temporary name: newstally_cds_commit moves it into place, so a concurrent run never maps half a file).
newstally_cds_flags() {
  local archive="$NEWSTALLY_CDS_DIR/${1:-main}.jsa"
  [[ "${NEWSTALLY_CDS:-1}" == 0 ]] && return 0
  # the archive's own warnings (classes it cannot hold, a stale archive) are not the user's concern
  local quiet="-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off"
  if [[ -s "$archive" && "$archive" -nt "$NEWSTALLY_JAR" && "$archive" -nt "$NEWSTALLY_SPARK_CP_FILE" ]]; then
    echo "-XX:SharedArchiveFile=$archive $quiet"
  else
    mkdir -p "$NEWSTALLY_CDS_DIR"
    echo "-XX:ArchiveClassesAtExit=$archive.tmp-$$ $quiet"
  fi
}

# After a run with the flags of newstally_cds_flags "$1": put an archive it wrote in place (a failed dump leaves
# nothing, and the next run tries again).
newstally_cds_commit() {
  local archive="$NEWSTALLY_CDS_DIR/${1:-main}.jsa"
  if [[ -s "$archive.tmp-$$" ]]; then
    mv -f "$archive.tmp-$$" "$archive"
  fi
  rm -f "$archive.tmp-$$"
}
