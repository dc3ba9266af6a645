/**
 * Cold-start tuning: everything here exists only to make a fresh container answer its first
 * activation sooner, and none of it changes an answer. {@link dev.digitwhisk.action.startup.TrainingRun}
 * is the workload the image build records into the JVM's class-data archive (the Dockerfile runs
 * {@code java -jar app.jar --train} with {@code -XX:AOTCacheOutput} on JDK 25+,
 * {@code -XX:ArchiveClassesAtExit} on JDK 21–24); {@link dev.digitwhisk.action.startup.DeferredTlsContext}
 * keeps the TLS stack out of start-up and out of that archive until the first https fetch;
 * {@link dev.digitwhisk.action.startup.WarmUp} does once, on a low-priority thread, the work whose
 * first time is slow; {@link dev.digitwhisk.action.startup.StartupTrace} (with {@code ProcessClock})
 * prints, with {@code DIGITWHISK_TRACE_STARTUP=1}, how long after the process started each step
 * finished. The package depends on no other package of the action: the rest calls into it. Other
 * start-up choices live beside what they tune: the JVM flags in {@code image/jvm.args}, the malloc
 * settings in the Dockerfile, the model loading while the server binds ({@code classify.ModelHolder}),
 * the fetcher's HTTP client built on its own thread, and JSON without a {@code JsonMapper}.
 *
 * <table>
 *   <caption>What each piece buys, as measured on a 2-core machine</caption>
 *   <tr><th>piece</th><th>what it buys</th><th>how measured</th></tr>
 *   <tr><td>{@code TrainingRun}, each activation once</td>
 *       <td>the archive holds the classes of every answer kind (URL in each format, inline, list,
 *           redirect, 404, bad JSON); sending each once instead of thirty rounds: cold start median
 *           289 ms instead of 308 ms (the rounds stored method profiles whose restore cost more than
 *           they saved)</td>
 *       <td>{@code bench/cold-start.sh 15} (15 alternating starts)</td></tr>
 *   <tr><td>{@code DeferredTlsContext} in the training run's client</td>
 *       <td>the archive no longer preloads the TLS stack: 3,338 → 2,815 archived classes, the JVM
 *           with the cache starts in 0.11 s instead of 0.14 s</td>
 *       <td>{@code time java -XX:AOTCache=app.aot -version}, the cache recorded by the training
 *           run as {@code bench/cold-start.sh} records it</td></tr>
 *   <tr><td>{@code WarmUp}</td>
 *       <td>the first activation skips first-time costs (ImageIO's registry and PNG codec, the
 *           Date header's java.time tables, ONNX Runtime's first run); no difference in the median
 *           time to the first answer, where the model load is the critical path</td>
 *       <td>{@code bench/cold-start.sh} with {@code DIGITWHISK_WARM_UP=false} against the default;
 *           {@code WarmUpTest} checks it reaches the model</td></tr>
 *   <tr><td>{@code StartupTrace}, {@code ProcessClock}</td>
 *       <td>where a cold start goes: {@code main} at +140–170 ms, listening at +180–230 ms, the
 *           warm-up's image code ready at +280–340 ms, the model loaded at +360–390 ms (five starts
 *           with the AOT cache); counted from the kernel's start tick, not
 *           {@code ProcessHandle}'s start instant, which is rounded to whole seconds of boot time</td>
 *       <td>{@code DIGITWHISK_TRACE_STARTUP=1}, the image jar started as {@code bench/cold-start.sh}
 *           starts it; {@code ProcessClockTest} checks the clock against the JVM's uptime</td></tr>
 * </table>
 */
package dev.digitwhisk.action.startup;
