# Sourced by ./run-tests, ./run-app and .ci/run: points JAVA_HOME at a JDK >= 21.
# Keeps a JAVA_HOME that is already new enough; otherwise takes the newest JDK it finds.

. "$(dirname "${BASH_SOURCE[0]}")/java-version.sh"

digitwhisk_jdk_major() { # prints the feature release of the JDK (javac included) at $1, or nothing
  [ -x "$1/bin/javac" ] || return 0
  digitwhisk_java_major "$1"
}

digitwhisk_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(digitwhisk_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
                   /Library/Java/JavaVirtualMachines/*/Contents/Home \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -d "$candidate" ] || continue
    major=$(digitwhisk_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  [ -n "$best" ] && echo "$best"
}

if JAVA_HOME=$(digitwhisk_find_jdk); then
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven's own Guice uses sun.misc.Unsafe; JDK 24+ warns about it on every build unless told.
  if [ "$(digitwhisk_java_major "$JAVA_HOME")" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
else
  echo "DigitWhisk needs a JDK 21 or newer (javac included); none found. Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21) and set JAVA_HOME." >&2
  return 1 2>/dev/null || exit 1
fi
