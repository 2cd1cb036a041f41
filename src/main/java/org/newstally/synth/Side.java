package org.newstally.synth;

/** Whose team a person is on, which decides who can plausibly meet whom. */
enum Side {
  US, RUSSIA, UKRAINE, EUROPE
}
