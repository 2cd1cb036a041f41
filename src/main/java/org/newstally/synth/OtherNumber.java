package org.newstally.synth;

/**
 * A number in the text that is neither a strike nor a meeting record (casualties, sub-counts, Russian MoD claims,
 * call lengths...), with the short phrase it appears in.
 */
record OtherNumber(double value, String object, String evidence, Qualifier qualifier) {

  void appendJson(StringBuilder sb) {
    Json j = Json.object(sb);
    j.field("value", value);
    j.field("object", object);
    j.field("evidence", evidence);
    if (qualifier != null && qualifier != Qualifier.EXACT) {
      j.field("qualifier", qualifier.goldName());
    }
    j.end();
  }
}
