/**
 * The OpenWhisk action interface on the JDK's HTTP server: {@code /init} once ({@code InitState}),
 * {@code /run} with its {@code __OW_*} context ({@code ActivationContext}), bounded bodies, and one
 * log line plus the sentinels after every activation ({@code ActivationLog}). {@link
 * dev.digitwhisk.action.http.Endpoints} is the only way in.
 */
package dev.digitwhisk.action.http;
