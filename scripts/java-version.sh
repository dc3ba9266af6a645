# Sourced by scripts/java-home.sh and every script that picks JVM options by Java release: the one
# place that reads a JDK's feature release.

digitwhisk_java_major() { # prints the feature release of the JDK or JRE at $1, or nothing
  [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
