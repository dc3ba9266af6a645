package dev.digitwhisk.client;

import java.util.Objects;

/**
 * The client's one checked root exception: a {@link FailureKind}, a sentence saying what
 * happened and one saying what to do about it. Messages never contain secrets or presigned
 * query strings.
 */
public class ClientException extends Exception {
  private static final long serialVersionUID = 1L;

  private final FailureKind kind;
  private final String whatToDo;

  public ClientException(FailureKind kind, String message, String whatToDo) {
    this(kind, message, whatToDo, null);
  }

  public ClientException(FailureKind kind, String message, String whatToDo, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.whatToDo = whatToDo == null ? "" : whatToDo;
  }

  public FailureKind kind() {
    return kind;
  }

  /** A sentence telling the user what to change or try; empty when there is nothing to suggest. */
  public String whatToDo() {
    return whatToDo;
  }
}
