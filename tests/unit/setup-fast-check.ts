/**
 * Property tests explore the same cases on every run, so CI is deterministic: a failure reproduces
 * exactly. FC_SEED=<number> explores other cases (e.g. in a loop while hunting a bug).
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_220_913) });
