package org.newstally.synth;

/**
 * The length of a meeting as written ("roughly two hours and 45 minutes") and as the gold stores it (2.75 hours,
 * qualifier about).
 */
record Duration(String text, double hours, Qualifier qualifier) {

  static Duration draw(Rand r) {
    switch (r.index(5)) {
      case 0: {
        int h = r.between(2, 6);
        Qualifier q = r.pick(Qualifier.EXACT, Qualifier.ABOUT, Qualifier.MORE_THAN, Qualifier.ALMOST);
        String hedge = q == Qualifier.EXACT ? "" : r.pick(q.phrases()) + " ";
        return new Duration(hedge + NumberWords.words(h, false) + " hours", h, q);
      }
      case 1: {
        int h = r.between(1, 3);
        int m = r.pick(15, 30, 45);
        boolean roughly = r.chance(0.5);
        String hours = h == 1 ? "an hour" : NumberWords.words(h, false) + " hours";
        return new Duration((roughly ? "roughly " : "") + hours + " and " + m + " minutes", round(h + m / 60.0),
            roughly ? Qualifier.ABOUT : Qualifier.EXACT);
      }
      case 2: {
        int m = r.pick(30, 35, 40, 45, 50);
        boolean about = r.chance(0.5);
        return new Duration((about ? "about " : "") + m + " minutes", round(m / 60.0),
            about ? Qualifier.ABOUT : Qualifier.EXACT);
      }
      case 3: {
        int h = r.between(1, 5);
        String text = h == 1 ? "an hour and a half" : NumberWords.words(h, false) + " and a half hours";
        return new Duration(text, h + 0.5, Qualifier.EXACT);
      }
      default: {
        int h = r.between(2, 5);
        return new Duration("just under " + NumberWords.words(h, false) + " hours", h, Qualifier.ALMOST);
      }
    }
  }

  static double round(double hours) {
    return Math.round(hours * 100) / 100.0;
  }
}
