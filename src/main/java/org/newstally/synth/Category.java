package org.newstally.synth;

/** The gold {@code category} of an article. */
public enum Category {
  STRIKE("strike"),
  MEETING("meeting"),
  MIXED("mixed"),
  DISTRACTOR("distractor");

  private final String goldName;

  Category(String goldName) {
    this.goldName = goldName;
  }

  public String goldName() {
    return goldName;
  }
}
