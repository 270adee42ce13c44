/**
 * 双随机、一公开: random inspections whose draws anyone can verify. A draw freezes its inputs (the
 * inspection-object directory, the inspector pool, the rules), publishes a commitment to them and to
 * a fresh seed, then draws deterministically from the seed ({@link org.wanqi.inspection.RandomDraw},
 * described in {@code docs/random-inspection.md}) and reveals it. Each drawn enterprise becomes a task
 * for its inspectors; approved results are published without login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Random inspection")
package org.wanqi.inspection;
