package com.servicepolicy.evaluator.night;

/** Port: one nightly job at a time per store, across processes; a run that dies loses its lock with it. */
public interface NightLock {
    /** Takes the lock or throws {@link BatchLockedException} at once; close the result to release it. */
    Held acquire();

    /** A held lock. Closing it releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
