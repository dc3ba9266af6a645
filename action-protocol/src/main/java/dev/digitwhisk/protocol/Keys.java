package dev.digitwhisk.protocol;

/** The answer's JSON keys, named once for the writer and the reader. */
final class Keys {
  static final String CODE = "code";
  static final String RES = "res";
  static final String ERROR = "error";
  // Inside a failure's error object (and beside it): OpenWhisk keeps only the error value of an
  // application error, so everything a client needs travels in it.
  static final String KIND = "kind";
  static final String MESSAGE = "message";
  static final String ADVICE = "advice";
  static final String CONFIDENCE = "confidence";
  static final String PROBABILITIES = "probabilities";
  static final String MODEL = "model";
  static final String MODEL_NAME = "name";
  static final String MODEL_SHA256 = "sha256";
  static final String TIMINGS = "timings_ms";
  static final String FETCH = "fetch";
  static final String DECODE = "decode";
  static final String PREPROCESS = "preprocess";
  static final String INFER = "infer";
  static final String TOTAL = "total";
  static final String INPUT_PNG = "input_png";
  static final String RESULTS = "results";
  // A whole number (the activation asked for "read":"number").
  static final String TEXT = "text";
  static final String DIGITS = "digits";
  static final String DIGIT = "digit";
  static final String BOX = "box";
  static final String X = "x";
  static final String Y = "y";
  static final String WIDTH = "width";
  static final String HEIGHT = "height";
  static final String UNSURE = "unsure";
  // A web action's failure carries an HTTP response in place of the error text.
  static final String STATUS_CODE = "statusCode";
  static final String HEADERS = "headers";
  static final String BODY = "body";

  private Keys() {}
}
