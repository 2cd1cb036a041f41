package org.newstally.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * How one outlet states what was launched on a night: the form (drones and missiles, a combined total, one type
 * only), the hedge on each figure and the order of mention. {@link #fill} writes exactly these choices into the
 * gold record.
 */
final class Launch {
  enum Form { SPLIT, DRONES_ONLY, MISSILES_ONLY, TOTAL_ONLY }

  private static final String[] DRONE_NOUNS = {
    "drones", "drones", "attack drones", "Shahed-type drones", "drones of various types", "strike drones"
  };

  final Night night;
  final Form form;
  final Hedge drones;
  final Hedge missiles;
  final Hedge total;
  final boolean dronesFirst;
  private final String droneNoun;

  private Launch(Night night, Form form, Hedge drones, Hedge missiles, Hedge total, boolean dronesFirst,
      String droneNoun) {
    this.night = night;
    this.form = form;
    this.drones = drones;
    this.missiles = missiles;
    this.total = total;
    this.dronesFirst = dronesFirst;
    this.droneNoun = droneNoun;
  }

  /**
   * Chooses how to state the night. {@code hedgeProbability} applies to the lead figure; the second figure is
   * hedged less often, like real copy that hedges the big number and gives the small one exactly.
   */
  static Launch choose(Rand r, Night n, double totalOnlyProbability, double hedgeProbability) {
    Form form;
    if (n.drones() == 0) {
      form = Form.MISSILES_ONLY;
    } else if (n.missiles() == 0) {
      form = Form.DRONES_ONLY;
    } else {
      form = r.chance(totalOnlyProbability) ? Form.TOTAL_ONLY : Form.SPLIT;
    }
    boolean dronesFirst = r.chance(0.7);
    Hedge drones = Hedge.of(r, n.drones(), dronesFirst ? Hedge.someQualifier(r, hedgeProbability)
        : Hedge.someQualifier(r, hedgeProbability / 3));
    Hedge missiles = Hedge.of(r, n.missiles(), dronesFirst ? Hedge.someQualifier(r, hedgeProbability / 3)
        : Hedge.someQualifier(r, hedgeProbability));
    Hedge total = Hedge.of(r, n.launched(), Hedge.someQualifier(r, hedgeProbability));
    return new Launch(n, form, drones, missiles, total, dronesFirst, r.pick(DRONE_NOUNS));
  }

  /** The same night stated exactly (for the record sentence that follows a hedged lede). */
  Launch exact() {
    return new Launch(night, form == Form.TOTAL_ONLY ? Form.SPLIT : form, Hedge.exact(night.drones()),
        Hedge.exact(night.missiles()), Hedge.exact(night.launched()), dronesFirst, droneNoun);
  }

  /** Only the lead figure, for a hedged lede that leaves the rest vague ("and dozens of missiles"). */
  Launch leadOnly() {
    boolean missilesLead = form == Form.MISSILES_ONLY || form == Form.SPLIT && !dronesFirst;
    return new Launch(night, missilesLead ? Form.MISSILES_ONLY : Form.DRONES_ONLY, drones, missiles, total,
        dronesFirst, droneNoun);
  }

  /** Words for the figure a lead-only statement leaves out, without a number: "and dozens of missiles". */
  String vagueRest() {
    int rest = form == Form.DRONES_ONLY ? night.missiles() : form == Form.MISSILES_ONLY ? night.drones() : 0;
    String noun = form == Form.DRONES_ONLY ? "missiles" : "drones";
    if (rest == 0) {
      return "";
    }
    if (rest == 1) {
      return " and a " + Figures.singular(noun);
    }
    return rest >= 200 ? " and hundreds of " + noun : rest >= 24 ? " and dozens of " + noun : " and several " + noun;
  }

  boolean hedged() {
    switch (form) {
      case TOTAL_ONLY:
        return total.hedged();
      case DRONES_ONLY:
        return drones.hedged();
      case MISSILES_ONLY:
        return missiles.hedged();
      default:
        return drones.hedged() || missiles.hedged();
    }
  }

  /** "597 drones and 26 missiles", "nearly 600 drones and missiles", "105 attack drones". */
  String phrase(Figures f) {
    return phrase(f, droneNoun, "missiles", "drones and missiles");
  }

  /** The statement with the nouns of a register, e.g. "attack UAVs of the Shahed type", "means of air attack". */
  String phrase(Figures f, String droneNounToUse, String missileNoun, String totalNoun) {
    String d = drones.around(Figures.counted(f.lead(drones.value()), drones.value(), droneNounToUse));
    String m = missiles.around(Figures.counted(f.lead(missiles.value()), missiles.value(), missileNoun));
    switch (form) {
      case TOTAL_ONLY:
        return total.around(f.lead(total.value())) + " " + totalNoun;
      case DRONES_ONLY:
        return d;
      case MISSILES_ONLY:
        return m;
      default:
        return dronesFirst ? d + " and " + m : m + " and " + d;
    }
  }

  /** The lead figure as the gold's lead_hedge string: "more than 500 (more_than 500)". */
  String leadHedge(Figures f) {
    Hedge lead = form == Form.TOTAL_ONLY ? total
        : form == Form.MISSILES_ONLY || form == Form.SPLIT && !dronesFirst ? missiles : drones;
    return lead.around(f.lead(lead.value())) + " (" + lead.qualifier().goldName() + " " + lead.value() + ")";
  }

  /** Writes the launch figures and qualifiers of this statement into the record. */
  void fill(StrikeRecord rec) {
    switch (form) {
      case TOTAL_ONLY:
        rec.totalLaunched = total.value();
        rec.qualifier = total.qualifier();
        rec.addNote("combined total only (drones " + night.drones() + " + missiles " + night.missiles() + ")");
        break;
      case DRONES_ONLY:
        rec.dronesLaunched = drones.value();
        rec.qualifier = drones.qualifier();
        break;
      case MISSILES_ONLY:
        rec.missilesLaunched = missiles.value();
        rec.qualifier = missiles.qualifier();
        break;
      default:
        rec.dronesLaunched = drones.value();
        rec.missilesLaunched = missiles.value();
        Qualifier lead = dronesFirst ? drones.qualifier() : missiles.qualifier();
        rec.qualifier = lead;
        if (drones.qualifier() != lead) {
          rec.qualifierDrones = drones.qualifier();
        }
        if (missiles.qualifier() != lead) {
          rec.qualifierMissiles = missiles.qualifier();
        }
    }
    List<String> hedges = new ArrayList<>();
    if (form != Form.TOTAL_ONLY && form != Form.MISSILES_ONLY && drones.hedged()) {
      hedges.add("drones \"" + drones.phrase() + " " + drones.value() + "\" (true " + night.drones() + ")");
    }
    if (form != Form.TOTAL_ONLY && form != Form.DRONES_ONLY && missiles.hedged()) {
      hedges.add("missiles \"" + missiles.phrase() + " " + missiles.value() + "\" (true " + night.missiles() + ")");
    }
    if (form == Form.TOTAL_ONLY && total.hedged()) {
      hedges.add("total \"" + total.phrase() + " " + total.value() + "\" (true " + night.launched() + ")");
    }
    if (!hedges.isEmpty()) {
      rec.addNote("hedged as written: " + String.join(", ", hedges));
    }
  }
}
