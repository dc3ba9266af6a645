# Sourced by every script that starts a JVM which may load ONNX Runtime (the action, or a client with
# the sandbox on its class path): ONNX Runtime reads this while loading its native library, before
# Java can set anything, and 1.29 was seen to kill the JVM (SIGSEGV, no hs_err file) in
# OrtEnvironment.getEnvironment without it. The installed programs' start script and the action image
# set it their own way; the window started without it starts itself once more with it.
export ORT_DISABLE_TELEMETRY=1
