package dev.golab.chan;

/** The channel models under test, as benchmarks name them (registry keys). */
public enum Model {
    HCHAN("chan.Hchan") {
        @Override
        public <T> Chan<T> make(int cap) {
            return new HchanChannel<>(cap);
        }
    },
    SEGMENT("chan.Segment") {
        @Override
        public <T> Chan<T> make(int cap) {
            return new SegmentChannel<>(cap);
        }
    };

    private final String key;

    Model(String key) {
        this.key = key;
    }

    public abstract <T> Chan<T> make(int cap);

    @Override
    public String toString() {
        return key;
    }
}
