package org.dyadlab.coder.match;

/** An actor phrase, or a compound of them, as the source or target of an event (exactly one is set, the other -1). */
record ActorUnit(int actor, int compound) {
    static ActorUnit ofActor(int a) {
        return new ActorUnit(a, -1);
    }

    static ActorUnit ofCompound(int c) {
        return new ActorUnit(-1, c);
    }
}
