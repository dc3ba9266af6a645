package dev.digitwhisk.model.number;

import dev.digitwhisk.model.ModelInput;
import dev.digitwhisk.model.Prediction;

/** A candidate digit read: its ink on the sheet, the 28×28 the model saw and what the model said. */
record Part(Blob blob, ModelInput input, Prediction prediction) {}
