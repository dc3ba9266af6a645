package dev.digitwhisk.model.number;

import java.util.List;

/** One way to cut a candidate: its parts left to right, and how much ink the cuts cross ({@link Sheet#crossed}). */
record CutOption(List<Blob> parts, double crossed) {
  CutOption {
    parts = List.copyOf(parts);
  }
}
