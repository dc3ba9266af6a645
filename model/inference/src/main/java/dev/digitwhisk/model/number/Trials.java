package dev.digitwhisk.model.number;

import java.util.List;
import java.util.Optional;

/**
 * A picture's candidates each read every way it may be cut ({@code each}, left to right), and, when
 * there are two, all the ink read as one digit exactly as the single-digit path reads it
 * ({@code together}) for {@link PiecesJudge}.
 */
record Trials(List<Trial> each, Optional<Part> together) {
  Trials {
    each = List.copyOf(each);
  }
}
