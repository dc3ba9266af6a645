# Sourced by ./run-app, bin/digitwhisk and packaging/installer/build-installers.sh: the JVM tuning of
# every client launcher (the window and the command line, from a checkout or installed), in one place.
# C1 only and the serial collector: a client runs the store, the action and the workflow on the same
# few cores and its work is short; C2's compiling cost more CPU than its faster code saved (a batch
# of 1,000 images: 81–95 → 144–153 images/s on 2 cores), and one small heap needs no GC threads.
# shellcheck disable=SC2034  # used by the scripts that source this
digitwhisk_client_jvm_tuning=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
